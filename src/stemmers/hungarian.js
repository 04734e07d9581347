// The Snowball stemmer for Hungarian, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["cs",-1,-1],
["dzs",-1,-1],
["gy",-1,-1],
["ly",-1,-1],
["ny",-1,-1],
["sz",-1,-1],
["ty",-1,-1],
["zs",-1,-1],
];
var A_1=[
["á",-1,1],
["é",-1,2],
];
var A_2=[
["bb",-1,-1],
["cc",-1,-1],
["dd",-1,-1],
["ff",-1,-1],
["gg",-1,-1],
["jj",-1,-1],
["kk",-1,-1],
["ll",-1,-1],
["mm",-1,-1],
["nn",-1,-1],
["pp",-1,-1],
["rr",-1,-1],
["ccs",-1,-1],
["ss",-1,-1],
["zzs",-1,-1],
["tt",-1,-1],
["vv",-1,-1],
["ggy",-1,-1],
["lly",-1,-1],
["nny",-1,-1],
["tty",-1,-1],
["ssz",-1,-1],
["zz",-1,-1],
];
var A_3=[
["al",-1,1],
["el",-1,2],
];
var A_4=[
["ba",-1,-1],
["ra",-1,-1],
["be",-1,-1],
["re",-1,-1],
["ig",-1,-1],
["nak",-1,-1],
["nek",-1,-1],
["val",-1,-1],
["vel",-1,-1],
["ul",-1,-1],
["ből",-1,-1],
["ről",-1,-1],
["től",-1,-1],
["nál",-1,-1],
["nél",-1,-1],
["ból",-1,-1],
["ról",-1,-1],
["tól",-1,-1],
["ül",-1,-1],
["n",-1,-1],
["an",19,-1],
["ban",20,-1],
["en",19,-1],
["ben",22,-1],
["képpen",22,-1],
["on",19,-1],
["ön",19,-1],
["képp",-1,-1],
["kor",-1,-1],
["t",-1,-1],
["at",29,-1],
["et",29,-1],
["ként",29,-1],
["anként",32,-1],
["enként",32,-1],
["onként",32,-1],
["ot",29,-1],
["ért",29,-1],
["öt",29,-1],
["hez",-1,-1],
["hoz",-1,-1],
["höz",-1,-1],
["vá",-1,-1],
["vé",-1,-1],
];
var A_5=[
["án",-1,2],
["én",-1,1],
["ánként",-1,3],
];
var A_6=[
["stul",-1,2],
["astul",0,1],
["ástul",0,3],
["stül",-1,2],
["estül",3,1],
["éstül",3,4],
];
var A_7=[
["á",-1,1],
["é",-1,2],
];
var A_8=[
["k",-1,7],
["ak",0,4],
["ek",0,6],
["ok",0,5],
["ák",0,1],
["ék",0,2],
["ök",0,3],
];
var A_9=[
["éi",-1,7],
["áéi",0,6],
["ééi",0,5],
["é",-1,9],
["ké",3,4],
["aké",4,1],
["eké",4,1],
["oké",4,1],
["áké",4,3],
["éké",4,2],
["öké",4,1],
["éé",3,8],
];
var A_10=[
["a",-1,18],
["ja",0,17],
["d",-1,16],
["ad",2,13],
["ed",2,13],
["od",2,13],
["ád",2,14],
["éd",2,15],
["öd",2,13],
["e",-1,18],
["je",9,17],
["nk",-1,4],
["unk",11,1],
["ánk",11,2],
["énk",11,3],
["ünk",11,1],
["uk",-1,8],
["juk",16,7],
["ájuk",17,5],
["ük",-1,8],
["jük",19,7],
["éjük",20,6],
["m",-1,12],
["am",22,9],
["em",22,9],
["om",22,9],
["ám",22,10],
["ém",22,11],
["o",-1,18],
["á",-1,19],
["é",-1,20],
];
var A_11=[
["id",-1,10],
["aid",0,9],
["jaid",1,6],
["eid",0,9],
["jeid",3,6],
["áid",0,7],
["éid",0,8],
["i",-1,15],
["ai",7,14],
["jai",8,11],
["ei",7,14],
["jei",10,11],
["ái",7,12],
["éi",7,13],
["itek",-1,24],
["eitek",14,21],
["jeitek",15,20],
["éitek",14,23],
["ik",-1,29],
["aik",18,26],
["jaik",19,25],
["eik",18,26],
["jeik",21,25],
["áik",18,27],
["éik",18,28],
["ink",-1,20],
["aink",25,17],
["jaink",26,16],
["eink",25,17],
["jeink",28,16],
["áink",25,18],
["éink",25,19],
["aitok",-1,21],
["jaitok",32,20],
["áitok",-1,22],
["im",-1,5],
["aim",35,4],
["jaim",36,1],
["eim",35,4],
["jeim",38,1],
["áim",35,2],
["éim",35,3],
];
var G_v=[17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,0,1,17,36,10,0,0,0,0,0,0,0,0,0,0,1,0,0,0,1];
function r_mark_regions(e,x){
x.i_p1=e.l;
L0:for(;;){
var v_1=e.c;
L1:for(;;){
if(!e.in_grouping(G_v,97,369)){
break L1;
}
G2:for(;;){
var v_2=e.c;
L3:for(;;){
if(!e.out_grouping(G_v,97,369)){
break L3;
}
e.c=v_2;
break G2;
}
e.c=v_2;
if(e.c>=e.l){
break L1;
}
e.next_char();
}
L4:for(;;){
var v_3=e.c;
L5:for(;;){
if(e.find_among(A_0,x)==0){
break L5;
}
break L4;
}
e.c=v_3;
if(e.c>=e.l){
break L1;
}
e.next_char();
break L4;
}
x.i_p1=e.c;
break L0;
}
e.c=v_1;
if(!e.out_grouping(G_v,97,369)){
return!1;
}
G6:for(;;){
L7:for(;;){
if(!e.in_grouping(G_v,97,369)){
break L7;
}
break G6;
}
if(e.c>=e.l){
return!1;
}
e.next_char();
}
x.i_p1=e.c;
break L0;
}
return!0;
}
function r_R1(e,x){
if(!(x.i_p1<=e.c)){
return!1;
}
return!0;
}
function r_v_ending(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_1,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(!r_R1(e,x)){
return!1;
}
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_from("a")){
return!1;
}
}else if(a==2){
if(!e.slice_from("e")){
return!1;
}
}
return!0;
}
function r_double(e,x){
var v_1=e.l-e.c;
if(e.find_among_b(A_2,x)==0){
return!1;
}
e.c=e.l-v_1;
return!0;
}
function r_undouble(e,x){
if(e.c<=e.lb){
return!1;
}
e.previous_char();
e.ket=e.c;
var c=e.byte_index_for_hop(-1);
if(e.lb>c||c>e.l){
return!1;
}
e.c=c;
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
return!0;
}
function r_instrum(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_3,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(!r_R1(e,x)){
return!1;
}
if(a==0){
return!1;
}else if(a==1){
if(!r_double(e,x)){
return!1;
}
}else if(a==2){
if(!r_double(e,x)){
return!1;
}
}
if(!e.slice_del()){
return!1;
}
if(!r_undouble(e,x)){
return!1;
}
return!0;
}
function r_case(e,x){
e.ket=e.c;
if(e.find_among_b(A_4,x)==0){
return!1;
}
e.bra=e.c;
if(!r_R1(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
if(!r_v_ending(e,x)){
return!1;
}
return!0;
}
function r_case_special(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_5,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(!r_R1(e,x)){
return!1;
}
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_from("e")){
return!1;
}
}else if(a==2){
if(!e.slice_from("a")){
return!1;
}
}else if(a==3){
if(!e.slice_from("a")){
return!1;
}
}
return!0;
}
function r_case_other(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_6,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(!r_R1(e,x)){
return!1;
}
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.slice_del()){
return!1;
}
}else if(a==3){
if(!e.slice_from("a")){
return!1;
}
}else if(a==4){
if(!e.slice_from("e")){
return!1;
}
}
return!0;
}
function r_factive(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_7,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(!r_R1(e,x)){
return!1;
}
if(a==0){
return!1;
}else if(a==1){
if(!r_double(e,x)){
return!1;
}
}else if(a==2){
if(!r_double(e,x)){
return!1;
}
}
if(!e.slice_del()){
return!1;
}
if(!r_undouble(e,x)){
return!1;
}
return!0;
}
function r_plural(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_8,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(!r_R1(e,x)){
return!1;
}
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_from("a")){
return!1;
}
}else if(a==2){
if(!e.slice_from("e")){
return!1;
}
}else if(a==3){
if(!e.slice_del()){
return!1;
}
}else if(a==4){
if(!e.slice_del()){
return!1;
}
}else if(a==5){
if(!e.slice_del()){
return!1;
}
}else if(a==6){
if(!e.slice_del()){
return!1;
}
}else if(a==7){
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_owned(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_9,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(!r_R1(e,x)){
return!1;
}
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.slice_from("e")){
return!1;
}
}else if(a==3){
if(!e.slice_from("a")){
return!1;
}
}else if(a==4){
if(!e.slice_del()){
return!1;
}
}else if(a==5){
if(!e.slice_from("e")){
return!1;
}
}else if(a==6){
if(!e.slice_from("a")){
return!1;
}
}else if(a==7){
if(!e.slice_del()){
return!1;
}
}else if(a==8){
if(!e.slice_from("e")){
return!1;
}
}else if(a==9){
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_sing_owner(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_10,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(!r_R1(e,x)){
return!1;
}
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.slice_from("a")){
return!1;
}
}else if(a==3){
if(!e.slice_from("e")){
return!1;
}
}else if(a==4){
if(!e.slice_del()){
return!1;
}
}else if(a==5){
if(!e.slice_from("a")){
return!1;
}
}else if(a==6){
if(!e.slice_from("e")){
return!1;
}
}else if(a==7){
if(!e.slice_del()){
return!1;
}
}else if(a==8){
if(!e.slice_del()){
return!1;
}
}else if(a==9){
if(!e.slice_del()){
return!1;
}
}else if(a==10){
if(!e.slice_from("a")){
return!1;
}
}else if(a==11){
if(!e.slice_from("e")){
return!1;
}
}else if(a==12){
if(!e.slice_del()){
return!1;
}
}else if(a==13){
if(!e.slice_del()){
return!1;
}
}else if(a==14){
if(!e.slice_from("a")){
return!1;
}
}else if(a==15){
if(!e.slice_from("e")){
return!1;
}
}else if(a==16){
if(!e.slice_del()){
return!1;
}
}else if(a==17){
if(!e.slice_del()){
return!1;
}
}else if(a==18){
if(!e.slice_del()){
return!1;
}
}else if(a==19){
if(!e.slice_from("a")){
return!1;
}
}else if(a==20){
if(!e.slice_from("e")){
return!1;
}
}
return!0;
}
function r_plur_owner(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_11,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(!r_R1(e,x)){
return!1;
}
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.slice_from("a")){
return!1;
}
}else if(a==3){
if(!e.slice_from("e")){
return!1;
}
}else if(a==4){
if(!e.slice_del()){
return!1;
}
}else if(a==5){
if(!e.slice_del()){
return!1;
}
}else if(a==6){
if(!e.slice_del()){
return!1;
}
}else if(a==7){
if(!e.slice_from("a")){
return!1;
}
}else if(a==8){
if(!e.slice_from("e")){
return!1;
}
}else if(a==9){
if(!e.slice_del()){
return!1;
}
}else if(a==10){
if(!e.slice_del()){
return!1;
}
}else if(a==11){
if(!e.slice_del()){
return!1;
}
}else if(a==12){
if(!e.slice_from("a")){
return!1;
}
}else if(a==13){
if(!e.slice_from("e")){
return!1;
}
}else if(a==14){
if(!e.slice_del()){
return!1;
}
}else if(a==15){
if(!e.slice_del()){
return!1;
}
}else if(a==16){
if(!e.slice_del()){
return!1;
}
}else if(a==17){
if(!e.slice_del()){
return!1;
}
}else if(a==18){
if(!e.slice_from("a")){
return!1;
}
}else if(a==19){
if(!e.slice_from("e")){
return!1;
}
}else if(a==20){
if(!e.slice_del()){
return!1;
}
}else if(a==21){
if(!e.slice_del()){
return!1;
}
}else if(a==22){
if(!e.slice_from("a")){
return!1;
}
}else if(a==23){
if(!e.slice_from("e")){
return!1;
}
}else if(a==24){
if(!e.slice_del()){
return!1;
}
}else if(a==25){
if(!e.slice_del()){
return!1;
}
}else if(a==26){
if(!e.slice_del()){
return!1;
}
}else if(a==27){
if(!e.slice_from("a")){
return!1;
}
}else if(a==28){
if(!e.slice_from("e")){
return!1;
}
}else if(a==29){
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function snowball(e){
var x={
i_p1:0,
};
var v_1=e.c;
L0:for(;;){
if(!r_mark_regions(e,x)){
break L0;
}
break L0;
}
e.c=v_1;
e.lb=e.c;
e.c=e.l;
var v_2=e.l-e.c;
L1:for(;;){
if(!r_instrum(e,x)){
break L1;
}
break L1;
}
e.c=e.l-v_2;
var v_3=e.l-e.c;
L2:for(;;){
if(!r_case(e,x)){
break L2;
}
break L2;
}
e.c=e.l-v_3;
var v_4=e.l-e.c;
L3:for(;;){
if(!r_case_special(e,x)){
break L3;
}
break L3;
}
e.c=e.l-v_4;
var v_5=e.l-e.c;
L4:for(;;){
if(!r_case_other(e,x)){
break L4;
}
break L4;
}
e.c=e.l-v_5;
var v_6=e.l-e.c;
L5:for(;;){
if(!r_factive(e,x)){
break L5;
}
break L5;
}
e.c=e.l-v_6;
var v_7=e.l-e.c;
L6:for(;;){
if(!r_owned(e,x)){
break L6;
}
break L6;
}
e.c=e.l-v_7;
var v_8=e.l-e.c;
L7:for(;;){
if(!r_sing_owner(e,x)){
break L7;
}
break L7;
}
e.c=e.l-v_8;
var v_9=e.l-e.c;
L8:for(;;){
if(!r_plur_owner(e,x)){
break L8;
}
break L8;
}
e.c=e.l-v_9;
var v_10=e.l-e.c;
L9:for(;;){
if(!r_plural(e,x)){
break L9;
}
break L9;
}
e.c=e.l-v_10;
e.c=e.lb;
return!0;
}
