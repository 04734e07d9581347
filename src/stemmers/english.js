// The Snowball stemmer for English, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["arsen",-1,-1],
["commun",-1,-1],
["gener",-1,-1],
];
var A_1=[
["'",-1,1],
["'s'",0,1],
["'s",-1,1],
];
var A_2=[
["ied",-1,2],
["s",-1,3],
["ies",1,2],
["sses",1,1],
["ss",1,-1],
["us",1,-1],
];
var A_3=[
["",-1,3],
["bb",0,2],
["dd",0,2],
["ff",0,2],
["gg",0,2],
["bl",0,1],
["mm",0,2],
["nn",0,2],
["pp",0,2],
["rr",0,2],
["at",0,1],
["tt",0,2],
["iz",0,1],
];
var A_4=[
["ed",-1,2],
["eed",0,1],
["ing",-1,2],
["edly",-1,2],
["eedly",3,1],
["ingly",-1,2],
];
var A_5=[
["anci",-1,3],
["enci",-1,2],
["ogi",-1,13],
["li",-1,16],
["bli",3,12],
["abli",4,4],
["alli",3,8],
["fulli",3,14],
["lessli",3,15],
["ousli",3,10],
["entli",3,5],
["aliti",-1,8],
["biliti",-1,12],
["iviti",-1,11],
["tional",-1,1],
["ational",14,7],
["alism",-1,8],
["ation",-1,7],
["ization",17,6],
["izer",-1,6],
["ator",-1,7],
["iveness",-1,11],
["fulness",-1,9],
["ousness",-1,10],
];
var A_6=[
["icate",-1,4],
["ative",-1,6],
["alize",-1,3],
["iciti",-1,4],
["ical",-1,4],
["tional",-1,1],
["ational",5,2],
["ful",-1,5],
["ness",-1,5],
];
var A_7=[
["ic",-1,1],
["ance",-1,1],
["ence",-1,1],
["able",-1,1],
["ible",-1,1],
["ate",-1,1],
["ive",-1,1],
["ize",-1,1],
["iti",-1,1],
["al",-1,1],
["ism",-1,1],
["ion",-1,2],
["er",-1,1],
["ous",-1,1],
["ant",-1,1],
["ent",-1,1],
["ment",15,1],
["ement",16,1],
];
var A_8=[
["e",-1,1],
["l",-1,2],
];
var A_9=[
["succeed",-1,-1],
["proceed",-1,-1],
["exceed",-1,-1],
["canning",-1,-1],
["inning",-1,-1],
["earring",-1,-1],
["herring",-1,-1],
["outing",-1,-1],
];
var A_10=[
["andes",-1,-1],
["atlas",-1,-1],
["bias",-1,-1],
["cosmos",-1,-1],
["dying",-1,3],
["early",-1,9],
["gently",-1,7],
["howe",-1,-1],
["idly",-1,6],
["lying",-1,4],
["news",-1,-1],
["only",-1,10],
["singly",-1,11],
["skies",-1,2],
["skis",-1,1],
["sky",-1,-1],
["tying",-1,5],
["ugly",-1,8],
];
var G_v=[17,65,16,1];
var G_v_WXY=[1,17,65,208,1];
var G_valid_LI=[55,141,2];
function r_prelude(e,x){
x.b_Y_found=false;
var v_1=e.c;
L0:for(;;){
e.bra=e.c;
if(!e.eq_s("'")){
break L0;
}
e.ket=e.c;
if(!e.slice_del()){
return!1;
}
break L0;
}
e.c=v_1;
var v_2=e.c;
L1:for(;;){
e.bra=e.c;
if(!e.eq_s("y")){
break L1;
}
e.ket=e.c;
if(!e.slice_from("Y")){
return!1;
}
x.b_Y_found=true;
break L1;
}
e.c=v_2;
var v_3=e.c;
L2:for(;;){
R3:for(;;){
var v_4=e.c;
L4:for(let i1=0,n1=1;i1<n1;i1++){
G5:for(;;){
var v_5=e.c;
L6:for(;;){
if(!e.in_grouping(G_v,97,121)){
break L6;
}
e.bra=e.c;
if(!e.eq_s("y")){
break L6;
}
e.ket=e.c;
e.c=v_5;
break G5;
}
e.c=v_5;
if(e.c>=e.l){
break L4;
}
e.next_char();
}
if(!e.slice_from("Y")){
return!1;
}
x.b_Y_found=true;
continue R3;
}
e.c=v_4;
break R3;
}
break L2;
}
e.c=v_3;
return!0;
}
function r_mark_regions(e,x){
x.i_p1=e.l;
x.i_p2=e.l;
var v_1=e.c;
L0:for(;;){
L1:for(;;){
var v_2=e.c;
L2:for(;;){
if(e.find_among(A_0,x)==0){
break L2;
}
break L1;
}
e.c=v_2;
G3:for(;;){
L4:for(;;){
if(!e.in_grouping(G_v,97,121)){
break L4;
}
break G3;
}
if(e.c>=e.l){
break L0;
}
e.next_char();
}
G5:for(;;){
L6:for(;;){
if(!e.out_grouping(G_v,97,121)){
break L6;
}
break G5;
}
if(e.c>=e.l){
break L0;
}
e.next_char();
}
break L1;
}
x.i_p1=e.c;
G7:for(;;){
L8:for(;;){
if(!e.in_grouping(G_v,97,121)){
break L8;
}
break G7;
}
if(e.c>=e.l){
break L0;
}
e.next_char();
}
G9:for(;;){
L10:for(;;){
if(!e.out_grouping(G_v,97,121)){
break L10;
}
break G9;
}
if(e.c>=e.l){
break L0;
}
e.next_char();
}
x.i_p2=e.c;
break L0;
}
e.c=v_1;
return!0;
}
function r_shortv(e,x){
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
if(!e.out_grouping_b(G_v_WXY,89,121)){
break L1;
}
if(!e.in_grouping_b(G_v,97,121)){
break L1;
}
if(!e.out_grouping_b(G_v,97,121)){
break L1;
}
break L0;
}
e.c=e.l-v_1;
if(!e.out_grouping_b(G_v,97,121)){
return!1;
}
if(!e.in_grouping_b(G_v,97,121)){
return!1;
}
if(e.c>e.lb){
return!1;
}
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
function r_R2(e,x){
if(!(x.i_p2<=e.c)){
return!1;
}
return!0;
}
function r_Step_1a(e,x){
var a;
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
a=e.find_among_b(A_1,x);
if(a==0){
e.c=e.l-v_1;
break L0;
}
e.bra=e.c;
if(a==0){
e.c=e.l-v_1;
break L0;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}
break L0;
}
e.ket=e.c;
a=e.find_among_b(A_2,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_from("ss")){
return!1;
}
}else if(a==2){
L1:for(;;){
var v_2=e.l-e.c;
L2:for(;;){
var c=e.byte_index_for_hop(-2);
if(e.lb>c||c>e.l){
break L2;
}
e.c=c;
if(!e.slice_from("i")){
return!1;
}
break L1;
}
e.c=e.l-v_2;
if(!e.slice_from("ie")){
return!1;
}
break L1;
}
}else if(a==3){
if(e.c<=e.lb){
return!1;
}
e.previous_char();
G3:for(;;){
L4:for(;;){
if(!e.in_grouping_b(G_v,97,121)){
break L4;
}
break G3;
}
if(e.c<=e.lb){
return!1;
}
e.previous_char();
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Step_1b(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_4,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!r_R1(e,x)){
return!1;
}
if(!e.slice_from("ee")){
return!1;
}
}else if(a==2){
var v_1=e.l-e.c;
G0:for(;;){
L1:for(;;){
if(!e.in_grouping_b(G_v,97,121)){
break L1;
}
break G0;
}
if(e.c<=e.lb){
return!1;
}
e.previous_char();
}
e.c=e.l-v_1;
if(!e.slice_del()){
return!1;
}
var v_3=e.l-e.c;
a=e.find_among_b(A_3,x);
if(a==0){
return!1;
}
e.c=e.l-v_3;
if(a==0){
return!1;
}else if(a==1){
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,"e");
e.c=c;
}else if(a==2){
e.ket=e.c;
if(e.c<=e.lb){
return!1;
}
e.previous_char();
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
}else if(a==3){
if(e.c!=x.i_p1){
return!1;
}
var v_4=e.l-e.c;
if(!r_shortv(e,x)){
return!1;
}
e.c=e.l-v_4;
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,"e");
e.c=c;
}
}
return!0;
}
function r_Step_1c(e,x){
e.ket=e.c;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
if(!e.eq_s_b("y")){
break L1;
}
break L0;
}
e.c=e.l-v_1;
if(!e.eq_s_b("Y")){
return!1;
}
break L0;
}
e.bra=e.c;
if(!e.out_grouping_b(G_v,97,121)){
return!1;
}
var v_2=e.l-e.c;
L2:for(;;){
if(e.c>e.lb){
break L2;
}
return!1;
}
e.c=e.l-v_2;
if(!e.slice_from("i")){
return!1;
}
return!0;
}
function r_Step_2(e,x){
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
if(!e.slice_from("tion")){
return!1;
}
}else if(a==2){
if(!e.slice_from("ence")){
return!1;
}
}else if(a==3){
if(!e.slice_from("ance")){
return!1;
}
}else if(a==4){
if(!e.slice_from("able")){
return!1;
}
}else if(a==5){
if(!e.slice_from("ent")){
return!1;
}
}else if(a==6){
if(!e.slice_from("ize")){
return!1;
}
}else if(a==7){
if(!e.slice_from("ate")){
return!1;
}
}else if(a==8){
if(!e.slice_from("al")){
return!1;
}
}else if(a==9){
if(!e.slice_from("ful")){
return!1;
}
}else if(a==10){
if(!e.slice_from("ous")){
return!1;
}
}else if(a==11){
if(!e.slice_from("ive")){
return!1;
}
}else if(a==12){
if(!e.slice_from("ble")){
return!1;
}
}else if(a==13){
if(!e.eq_s_b("l")){
return!1;
}
if(!e.slice_from("og")){
return!1;
}
}else if(a==14){
if(!e.slice_from("ful")){
return!1;
}
}else if(a==15){
if(!e.slice_from("less")){
return!1;
}
}else if(a==16){
if(!e.in_grouping_b(G_valid_LI,99,116)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Step_3(e,x){
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
if(!e.slice_from("tion")){
return!1;
}
}else if(a==2){
if(!e.slice_from("ate")){
return!1;
}
}else if(a==3){
if(!e.slice_from("al")){
return!1;
}
}else if(a==4){
if(!e.slice_from("ic")){
return!1;
}
}else if(a==5){
if(!e.slice_del()){
return!1;
}
}else if(a==6){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Step_4(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_7,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(!r_R2(e,x)){
return!1;
}
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}else if(a==2){
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
if(!e.eq_s_b("s")){
break L1;
}
break L0;
}
e.c=e.l-v_1;
if(!e.eq_s_b("t")){
return!1;
}
break L0;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Step_5(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_8,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
if(!r_R2(e,x)){
break L1;
}
break L0;
}
e.c=e.l-v_1;
if(!r_R1(e,x)){
return!1;
}
var v_2=e.l-e.c;
L2:for(;;){
if(!r_shortv(e,x)){
break L2;
}
return!1;
}
e.c=e.l-v_2;
break L0;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!r_R2(e,x)){
return!1;
}
if(!e.eq_s_b("l")){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_exception2(e,x){
e.ket=e.c;
if(e.find_among_b(A_9,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
return!0;
}
function r_exception1(e,x){
var a;
e.bra=e.c;
a=e.find_among(A_10,x);
if(a==0){
return!1;
}
e.ket=e.c;
if(e.c<e.l){
return!1;
}
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_from("ski")){
return!1;
}
}else if(a==2){
if(!e.slice_from("sky")){
return!1;
}
}else if(a==3){
if(!e.slice_from("die")){
return!1;
}
}else if(a==4){
if(!e.slice_from("lie")){
return!1;
}
}else if(a==5){
if(!e.slice_from("tie")){
return!1;
}
}else if(a==6){
if(!e.slice_from("idl")){
return!1;
}
}else if(a==7){
if(!e.slice_from("gentl")){
return!1;
}
}else if(a==8){
if(!e.slice_from("ugli")){
return!1;
}
}else if(a==9){
if(!e.slice_from("earli")){
return!1;
}
}else if(a==10){
if(!e.slice_from("onli")){
return!1;
}
}else if(a==11){
if(!e.slice_from("singl")){
return!1;
}
}
return!0;
}
function r_postlude(e,x){
if(!x.b_Y_found){
return!1;
}
R0:for(;;){
var v_1=e.c;
L1:for(let i2=0,n2=1;i2<n2;i2++){
G2:for(;;){
var v_2=e.c;
L3:for(;;){
e.bra=e.c;
if(!e.eq_s("Y")){
break L3;
}
e.ket=e.c;
e.c=v_2;
break G2;
}
e.c=v_2;
if(e.c>=e.l){
break L1;
}
e.next_char();
}
if(!e.slice_from("y")){
return!1;
}
continue R0;
}
e.c=v_1;
break R0;
}
return!0;
}
function snowball(e){
var x={
b_Y_found:false,
i_p2:0,
i_p1:0,
};
L0:for(;;){
var v_1=e.c;
L1:for(;;){
if(!r_exception1(e,x)){
break L1;
}
break L0;
}
e.c=v_1;
L2:for(;;){
var v_2=e.c;
L3:for(;;){
var c=e.byte_index_for_hop(3);
if(0>c||c>e.l){
break L3;
}
e.c=c;
break L2;
}
e.c=v_2;
break L0;
}
e.c=v_1;
var v_3=e.c;
L4:for(;;){
if(!r_prelude(e,x)){
break L4;
}
break L4;
}
e.c=v_3;
var v_4=e.c;
L5:for(;;){
if(!r_mark_regions(e,x)){
break L5;
}
break L5;
}
e.c=v_4;
e.lb=e.c;
e.c=e.l;
var v_5=e.l-e.c;
L6:for(;;){
if(!r_Step_1a(e,x)){
break L6;
}
break L6;
}
e.c=e.l-v_5;
L7:for(;;){
var v_6=e.l-e.c;
L8:for(;;){
if(!r_exception2(e,x)){
break L8;
}
break L7;
}
e.c=e.l-v_6;
var v_7=e.l-e.c;
L9:for(;;){
if(!r_Step_1b(e,x)){
break L9;
}
break L9;
}
e.c=e.l-v_7;
var v_8=e.l-e.c;
L10:for(;;){
if(!r_Step_1c(e,x)){
break L10;
}
break L10;
}
e.c=e.l-v_8;
var v_9=e.l-e.c;
L11:for(;;){
if(!r_Step_2(e,x)){
break L11;
}
break L11;
}
e.c=e.l-v_9;
var v_10=e.l-e.c;
L12:for(;;){
if(!r_Step_3(e,x)){
break L12;
}
break L12;
}
e.c=e.l-v_10;
var v_11=e.l-e.c;
L13:for(;;){
if(!r_Step_4(e,x)){
break L13;
}
break L13;
}
e.c=e.l-v_11;
var v_12=e.l-e.c;
L14:for(;;){
if(!r_Step_5(e,x)){
break L14;
}
break L14;
}
e.c=e.l-v_12;
break L7;
}
e.c=e.lb;
var v_13=e.c;
L15:for(;;){
if(!r_postlude(e,x)){
break L15;
}
break L15;
}
e.c=v_13;
break L0;
}
return!0;
}
