// The Snowball stemmer for Romanian, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["",-1,3],
["I",0,1],
["U",0,2],
];
var A_1=[
["ea",-1,3],
["aţia",-1,7],
["aua",-1,2],
["iua",-1,4],
["aţie",-1,7],
["ele",-1,3],
["ile",-1,5],
["iile",6,4],
["iei",-1,4],
["atei",-1,6],
["ii",-1,4],
["ului",-1,1],
["ul",-1,1],
["elor",-1,3],
["ilor",-1,4],
["iilor",14,4],
];
var A_2=[
["icala",-1,4],
["iciva",-1,4],
["ativa",-1,5],
["itiva",-1,6],
["icale",-1,4],
["aţiune",-1,5],
["iţiune",-1,6],
["atoare",-1,5],
["itoare",-1,6],
["ătoare",-1,5],
["icitate",-1,4],
["abilitate",-1,1],
["ibilitate",-1,2],
["ivitate",-1,3],
["icive",-1,4],
["ative",-1,5],
["itive",-1,6],
["icali",-1,4],
["atori",-1,5],
["icatori",18,4],
["itori",-1,6],
["ători",-1,5],
["icitati",-1,4],
["abilitati",-1,1],
["ivitati",-1,3],
["icivi",-1,4],
["ativi",-1,5],
["itivi",-1,6],
["icităi",-1,4],
["abilităi",-1,1],
["ivităi",-1,3],
["icităţi",-1,4],
["abilităţi",-1,1],
["ivităţi",-1,3],
["ical",-1,4],
["ator",-1,5],
["icator",35,4],
["itor",-1,6],
["ător",-1,5],
["iciv",-1,4],
["ativ",-1,5],
["itiv",-1,6],
["icală",-1,4],
["icivă",-1,4],
["ativă",-1,5],
["itivă",-1,6],
];
var A_3=[
["ica",-1,1],
["abila",-1,1],
["ibila",-1,1],
["oasa",-1,1],
["ata",-1,1],
["ita",-1,1],
["anta",-1,1],
["ista",-1,3],
["uta",-1,1],
["iva",-1,1],
["ic",-1,1],
["ice",-1,1],
["abile",-1,1],
["ibile",-1,1],
["isme",-1,3],
["iune",-1,2],
["oase",-1,1],
["ate",-1,1],
["itate",17,1],
["ite",-1,1],
["ante",-1,1],
["iste",-1,3],
["ute",-1,1],
["ive",-1,1],
["ici",-1,1],
["abili",-1,1],
["ibili",-1,1],
["iuni",-1,2],
["atori",-1,1],
["osi",-1,1],
["ati",-1,1],
["itati",30,1],
["iti",-1,1],
["anti",-1,1],
["isti",-1,3],
["uti",-1,1],
["işti",-1,3],
["ivi",-1,1],
["ităi",-1,1],
["oşi",-1,1],
["ităţi",-1,1],
["abil",-1,1],
["ibil",-1,1],
["ism",-1,3],
["ator",-1,1],
["os",-1,1],
["at",-1,1],
["it",-1,1],
["ant",-1,1],
["ist",-1,3],
["ut",-1,1],
["iv",-1,1],
["ică",-1,1],
["abilă",-1,1],
["ibilă",-1,1],
["oasă",-1,1],
["ată",-1,1],
["ită",-1,1],
["antă",-1,1],
["istă",-1,3],
["ută",-1,1],
["ivă",-1,1],
];
var A_4=[
["ea",-1,1],
["ia",-1,1],
["esc",-1,1],
["ăsc",-1,1],
["ind",-1,1],
["ând",-1,1],
["are",-1,1],
["ere",-1,1],
["ire",-1,1],
["âre",-1,1],
["se",-1,2],
["ase",10,1],
["sese",10,2],
["ise",10,1],
["use",10,1],
["âse",10,1],
["eşte",-1,1],
["ăşte",-1,1],
["eze",-1,1],
["ai",-1,1],
["eai",19,1],
["iai",19,1],
["sei",-1,2],
["eşti",-1,1],
["ăşti",-1,1],
["ui",-1,1],
["ezi",-1,1],
["aşi",-1,1],
["seşi",-1,2],
["aseşi",28,1],
["seseşi",28,2],
["iseşi",28,1],
["useşi",28,1],
["âseşi",28,1],
["işi",-1,1],
["uşi",-1,1],
["âşi",-1,1],
["âi",-1,1],
["aţi",-1,2],
["eaţi",38,1],
["iaţi",38,1],
["eţi",-1,2],
["iţi",-1,2],
["arăţi",-1,1],
["serăţi",-1,2],
["aserăţi",44,1],
["seserăţi",44,2],
["iserăţi",44,1],
["userăţi",44,1],
["âserăţi",44,1],
["irăţi",-1,1],
["urăţi",-1,1],
["ârăţi",-1,1],
["âţi",-1,2],
["am",-1,1],
["eam",54,1],
["iam",54,1],
["em",-1,2],
["asem",57,1],
["sesem",57,2],
["isem",57,1],
["usem",57,1],
["âsem",57,1],
["im",-1,2],
["ăm",-1,2],
["arăm",64,1],
["serăm",64,2],
["aserăm",66,1],
["seserăm",66,2],
["iserăm",66,1],
["userăm",66,1],
["âserăm",66,1],
["irăm",64,1],
["urăm",64,1],
["ârăm",64,1],
["âm",-1,2],
["au",-1,1],
["eau",76,1],
["iau",76,1],
["indu",-1,1],
["ându",-1,1],
["ez",-1,1],
["ească",-1,1],
["ară",-1,1],
["seră",-1,2],
["aseră",84,1],
["seseră",84,2],
["iseră",84,1],
["useră",84,1],
["âseră",84,1],
["iră",-1,1],
["ură",-1,1],
["âră",-1,1],
["ează",-1,1],
];
var A_5=[
["a",-1,1],
["e",-1,1],
["ie",1,1],
["i",-1,1],
["ă",-1,1],
];
var G_v=[17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,0,2,32,0,0,4];
function r_prelude(e,x){
R0:for(;;){
var v_1=e.c;
L1:for(let i1=0,n1=1;i1<n1;i1++){
G2:for(;;){
var v_2=e.c;
L3:for(;;){
if(!e.in_grouping(G_v,97,259)){
break L3;
}
e.bra=e.c;
L4:for(;;){
var v_3=e.c;
L5:for(;;){
if(!e.eq_s("u")){
break L5;
}
e.ket=e.c;
if(!e.in_grouping(G_v,97,259)){
break L5;
}
if(!e.slice_from("U")){
return!1;
}
break L4;
}
e.c=v_3;
if(!e.eq_s("i")){
break L3;
}
e.ket=e.c;
if(!e.in_grouping(G_v,97,259)){
break L3;
}
if(!e.slice_from("I")){
return!1;
}
break L4;
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
continue R0;
}
e.c=v_1;
break R0;
}
return!0;
}
function r_mark_regions(e,x){
x.i_pV=e.l;
x.i_p1=e.l;
x.i_p2=e.l;
var v_1=e.c;
L0:for(;;){
L1:for(;;){
var v_2=e.c;
L2:for(;;){
if(!e.in_grouping(G_v,97,259)){
break L2;
}
L3:for(;;){
var v_3=e.c;
L4:for(;;){
if(!e.out_grouping(G_v,97,259)){
break L4;
}
G5:for(;;){
L6:for(;;){
if(!e.in_grouping(G_v,97,259)){
break L6;
}
break G5;
}
if(e.c>=e.l){
break L4;
}
e.next_char();
}
break L3;
}
e.c=v_3;
if(!e.in_grouping(G_v,97,259)){
break L2;
}
G7:for(;;){
L8:for(;;){
if(!e.out_grouping(G_v,97,259)){
break L8;
}
break G7;
}
if(e.c>=e.l){
break L2;
}
e.next_char();
}
break L3;
}
break L1;
}
e.c=v_2;
if(!e.out_grouping(G_v,97,259)){
break L0;
}
L9:for(;;){
var v_6=e.c;
L10:for(;;){
if(!e.out_grouping(G_v,97,259)){
break L10;
}
G11:for(;;){
L12:for(;;){
if(!e.in_grouping(G_v,97,259)){
break L12;
}
break G11;
}
if(e.c>=e.l){
break L10;
}
e.next_char();
}
break L9;
}
e.c=v_6;
if(!e.in_grouping(G_v,97,259)){
break L0;
}
if(e.c>=e.l){
break L0;
}
e.next_char();
break L9;
}
break L1;
}
x.i_pV=e.c;
break L0;
}
e.c=v_1;
var v_8=e.c;
L13:for(;;){
G14:for(;;){
L15:for(;;){
if(!e.in_grouping(G_v,97,259)){
break L15;
}
break G14;
}
if(e.c>=e.l){
break L13;
}
e.next_char();
}
G16:for(;;){
L17:for(;;){
if(!e.out_grouping(G_v,97,259)){
break L17;
}
break G16;
}
if(e.c>=e.l){
break L13;
}
e.next_char();
}
x.i_p1=e.c;
G18:for(;;){
L19:for(;;){
if(!e.in_grouping(G_v,97,259)){
break L19;
}
break G18;
}
if(e.c>=e.l){
break L13;
}
e.next_char();
}
G20:for(;;){
L21:for(;;){
if(!e.out_grouping(G_v,97,259)){
break L21;
}
break G20;
}
if(e.c>=e.l){
break L13;
}
e.next_char();
}
x.i_p2=e.c;
break L13;
}
e.c=v_8;
return!0;
}
function r_postlude(e,x){
var a;
R0:for(;;){
var v_1=e.c;
L1:for(let i2=0,n2=1;i2<n2;i2++){
e.bra=e.c;
a=e.find_among(A_0,x);
if(a==0){
break L1;
}
e.ket=e.c;
if(a==0){
break L1;
}else if(a==1){
if(!e.slice_from("i")){
return!1;
}
}else if(a==2){
if(!e.slice_from("u")){
return!1;
}
}else if(a==3){
if(e.c>=e.l){
break L1;
}
e.next_char();
}
continue R0;
}
e.c=v_1;
break R0;
}
return!0;
}
function r_RV(e,x){
if(!(x.i_pV<=e.c)){
return!1;
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
function r_step_0(e,x){
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
if(!e.slice_from("i")){
return!1;
}
}else if(a==5){
var v_1=e.l-e.c;
L0:for(;;){
if(!e.eq_s_b("ab")){
break L0;
}
return!1;
}
e.c=e.l-v_1;
if(!e.slice_from("i")){
return!1;
}
}else if(a==6){
if(!e.slice_from("at")){
return!1;
}
}else if(a==7){
if(!e.slice_from("aţi")){
return!1;
}
}
return!0;
}
function r_combo_suffix(e,x){
var a;
var v_1=e.l-e.c;
e.ket=e.c;
a=e.find_among_b(A_2,x);
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
if(!e.slice_from("abil")){
return!1;
}
}else if(a==2){
if(!e.slice_from("ibil")){
return!1;
}
}else if(a==3){
if(!e.slice_from("iv")){
return!1;
}
}else if(a==4){
if(!e.slice_from("ic")){
return!1;
}
}else if(a==5){
if(!e.slice_from("at")){
return!1;
}
}else if(a==6){
if(!e.slice_from("it")){
return!1;
}
}
x.b_standard_suffix_removed=true;
e.c=e.l-v_1;
return!0;
}
function r_standard_suffix(e,x){
var a;
x.b_standard_suffix_removed=false;
R0:for(;;){
var v_1=e.l-e.c;
L1:for(let i3=0,n3=1;i3<n3;i3++){
if(!r_combo_suffix(e,x)){
break L1;
}
continue R0;
}
e.c=e.l-v_1;
break R0;
}
e.ket=e.c;
a=e.find_among_b(A_3,x);
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
if(!e.eq_s_b("ţ")){
return!1;
}
e.bra=e.c;
if(!e.slice_from("t")){
return!1;
}
}else if(a==3){
if(!e.slice_from("ist")){
return!1;
}
}
x.b_standard_suffix_removed=true;
return!0;
}
function r_verb_suffix(e,x){
var a;
var v_1=e.l-e.c;
if(e.c<x.i_pV){
return!1;
}
e.c=x.i_pV;
var v_2=e.lb;
e.lb=e.c;
e.c=e.l-v_1;
e.ket=e.c;
a=e.find_among_b(A_4,x);
if(a==0){
e.lb=v_2;
return!1;
}
e.bra=e.c;
if(a==0){
e.lb=v_2;
return!1;
}else if(a==1){
L0:for(;;){
var v_3=e.l-e.c;
L1:for(;;){
if(!e.out_grouping_b(G_v,97,259)){
break L1;
}
break L0;
}
e.c=e.l-v_3;
if(!e.eq_s_b("u")){
e.lb=v_2;
return!1;
}
break L0;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.slice_del()){
return!1;
}
}
e.lb=v_2;
return!0;
}
function r_vowel_suffix(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_5,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(!r_RV(e,x)){
return!1;
}
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function snowball(e){
var x={
b_standard_suffix_removed:false,
i_p2:0,
i_p1:0,
i_pV:0,
};
var v_1=e.c;
L0:for(;;){
if(!r_prelude(e,x)){
break L0;
}
break L0;
}
e.c=v_1;
var v_2=e.c;
L1:for(;;){
if(!r_mark_regions(e,x)){
break L1;
}
break L1;
}
e.c=v_2;
e.lb=e.c;
e.c=e.l;
var v_3=e.l-e.c;
L2:for(;;){
if(!r_step_0(e,x)){
break L2;
}
break L2;
}
e.c=e.l-v_3;
var v_4=e.l-e.c;
L3:for(;;){
if(!r_standard_suffix(e,x)){
break L3;
}
break L3;
}
e.c=e.l-v_4;
var v_5=e.l-e.c;
L4:for(;;){
L5:for(;;){
var v_6=e.l-e.c;
L6:for(;;){
if(!x.b_standard_suffix_removed){
break L6;
}
break L5;
}
e.c=e.l-v_6;
if(!r_verb_suffix(e,x)){
break L4;
}
break L5;
}
break L4;
}
e.c=e.l-v_5;
var v_7=e.l-e.c;
L7:for(;;){
if(!r_vowel_suffix(e,x)){
break L7;
}
break L7;
}
e.c=e.l-v_7;
e.c=e.lb;
var v_8=e.c;
L8:for(;;){
if(!r_postlude(e,x)){
break L8;
}
break L8;
}
e.c=v_8;
return!0;
}
