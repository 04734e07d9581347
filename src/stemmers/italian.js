// The Snowball stemmer for Italian, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["",-1,7],
["qu",0,6],
["á",0,1],
["é",0,2],
["í",0,3],
["ó",0,4],
["ú",0,5],
];
var A_1=[
["",-1,3],
["I",0,1],
["U",0,2],
];
var A_2=[
["la",-1,-1],
["cela",0,-1],
["gliela",0,-1],
["mela",0,-1],
["tela",0,-1],
["vela",0,-1],
["le",-1,-1],
["cele",6,-1],
["gliele",6,-1],
["mele",6,-1],
["tele",6,-1],
["vele",6,-1],
["ne",-1,-1],
["cene",12,-1],
["gliene",12,-1],
["mene",12,-1],
["sene",12,-1],
["tene",12,-1],
["vene",12,-1],
["ci",-1,-1],
["li",-1,-1],
["celi",20,-1],
["glieli",20,-1],
["meli",20,-1],
["teli",20,-1],
["veli",20,-1],
["gli",20,-1],
["mi",-1,-1],
["si",-1,-1],
["ti",-1,-1],
["vi",-1,-1],
["lo",-1,-1],
["celo",31,-1],
["glielo",31,-1],
["melo",31,-1],
["telo",31,-1],
["velo",31,-1],
];
var A_3=[
["ando",-1,1],
["endo",-1,1],
["ar",-1,2],
["er",-1,2],
["ir",-1,2],
];
var A_4=[
["ic",-1,-1],
["abil",-1,-1],
["os",-1,-1],
["iv",-1,1],
];
var A_5=[
["ic",-1,1],
["abil",-1,1],
["iv",-1,1],
];
var A_6=[
["ica",-1,1],
["logia",-1,3],
["osa",-1,1],
["ista",-1,1],
["iva",-1,9],
["anza",-1,1],
["enza",-1,5],
["ice",-1,1],
["atrice",7,1],
["iche",-1,1],
["logie",-1,3],
["abile",-1,1],
["ibile",-1,1],
["usione",-1,4],
["azione",-1,2],
["uzione",-1,4],
["atore",-1,2],
["ose",-1,1],
["ante",-1,1],
["mente",-1,1],
["amente",19,7],
["iste",-1,1],
["ive",-1,9],
["anze",-1,1],
["enze",-1,5],
["ici",-1,1],
["atrici",25,1],
["ichi",-1,1],
["abili",-1,1],
["ibili",-1,1],
["ismi",-1,1],
["usioni",-1,4],
["azioni",-1,2],
["uzioni",-1,4],
["atori",-1,2],
["osi",-1,1],
["anti",-1,1],
["amenti",-1,6],
["imenti",-1,6],
["isti",-1,1],
["ivi",-1,9],
["ico",-1,1],
["ismo",-1,1],
["oso",-1,1],
["amento",-1,6],
["imento",-1,6],
["ivo",-1,9],
["ità",-1,8],
["istà",-1,1],
["istè",-1,1],
["istì",-1,1],
];
var A_7=[
["isca",-1,1],
["enda",-1,1],
["ata",-1,1],
["ita",-1,1],
["uta",-1,1],
["ava",-1,1],
["eva",-1,1],
["iva",-1,1],
["erebbe",-1,1],
["irebbe",-1,1],
["isce",-1,1],
["ende",-1,1],
["are",-1,1],
["ere",-1,1],
["ire",-1,1],
["asse",-1,1],
["ate",-1,1],
["avate",16,1],
["evate",16,1],
["ivate",16,1],
["ete",-1,1],
["erete",20,1],
["irete",20,1],
["ite",-1,1],
["ereste",-1,1],
["ireste",-1,1],
["ute",-1,1],
["erai",-1,1],
["irai",-1,1],
["isci",-1,1],
["endi",-1,1],
["erei",-1,1],
["irei",-1,1],
["assi",-1,1],
["ati",-1,1],
["iti",-1,1],
["eresti",-1,1],
["iresti",-1,1],
["uti",-1,1],
["avi",-1,1],
["evi",-1,1],
["ivi",-1,1],
["isco",-1,1],
["ando",-1,1],
["endo",-1,1],
["Yamo",-1,1],
["iamo",-1,1],
["avamo",-1,1],
["evamo",-1,1],
["ivamo",-1,1],
["eremo",-1,1],
["iremo",-1,1],
["assimo",-1,1],
["ammo",-1,1],
["emmo",-1,1],
["eremmo",54,1],
["iremmo",54,1],
["immo",-1,1],
["ano",-1,1],
["iscano",58,1],
["avano",58,1],
["evano",58,1],
["ivano",58,1],
["eranno",-1,1],
["iranno",-1,1],
["ono",-1,1],
["iscono",65,1],
["arono",65,1],
["erono",65,1],
["irono",65,1],
["erebbero",-1,1],
["irebbero",-1,1],
["assero",-1,1],
["essero",-1,1],
["issero",-1,1],
["ato",-1,1],
["ito",-1,1],
["uto",-1,1],
["avo",-1,1],
["evo",-1,1],
["ivo",-1,1],
["ar",-1,1],
["ir",-1,1],
["erà",-1,1],
["irà",-1,1],
["erò",-1,1],
["irò",-1,1],
];
var G_v=[17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,128,128,8,2,1];
var G_AEIO=[17,65,0,0,0,0,0,0,0,0,0,0,0,0,0,128,128,8,2];
var G_CG=[17];
function r_prelude(e,x){
var a;
var v_1=e.c;
R0:for(;;){
var v_2=e.c;
L1:for(let i1=0,n1=1;i1<n1;i1++){
e.bra=e.c;
a=e.find_among(A_0,x);
if(a==0){
break L1;
}
e.ket=e.c;
if(a==0){
break L1;
}else if(a==1){
if(!e.slice_from("à")){
return!1;
}
}else if(a==2){
if(!e.slice_from("è")){
return!1;
}
}else if(a==3){
if(!e.slice_from("ì")){
return!1;
}
}else if(a==4){
if(!e.slice_from("ò")){
return!1;
}
}else if(a==5){
if(!e.slice_from("ù")){
return!1;
}
}else if(a==6){
if(!e.slice_from("qU")){
return!1;
}
}else if(a==7){
if(e.c>=e.l){
break L1;
}
e.next_char();
}
continue R0;
}
e.c=v_2;
break R0;
}
e.c=v_1;
R2:for(;;){
var v_3=e.c;
L3:for(let i2=0,n2=1;i2<n2;i2++){
G4:for(;;){
var v_4=e.c;
L5:for(;;){
if(!e.in_grouping(G_v,97,249)){
break L5;
}
e.bra=e.c;
L6:for(;;){
var v_5=e.c;
L7:for(;;){
if(!e.eq_s("u")){
break L7;
}
e.ket=e.c;
if(!e.in_grouping(G_v,97,249)){
break L7;
}
if(!e.slice_from("U")){
return!1;
}
break L6;
}
e.c=v_5;
if(!e.eq_s("i")){
break L5;
}
e.ket=e.c;
if(!e.in_grouping(G_v,97,249)){
break L5;
}
if(!e.slice_from("I")){
return!1;
}
break L6;
}
e.c=v_4;
break G4;
}
e.c=v_4;
if(e.c>=e.l){
break L3;
}
e.next_char();
}
continue R2;
}
e.c=v_3;
break R2;
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
if(!e.in_grouping(G_v,97,249)){
break L2;
}
L3:for(;;){
var v_3=e.c;
L4:for(;;){
if(!e.out_grouping(G_v,97,249)){
break L4;
}
G5:for(;;){
L6:for(;;){
if(!e.in_grouping(G_v,97,249)){
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
if(!e.in_grouping(G_v,97,249)){
break L2;
}
G7:for(;;){
L8:for(;;){
if(!e.out_grouping(G_v,97,249)){
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
if(!e.out_grouping(G_v,97,249)){
break L0;
}
L9:for(;;){
var v_6=e.c;
L10:for(;;){
if(!e.out_grouping(G_v,97,249)){
break L10;
}
G11:for(;;){
L12:for(;;){
if(!e.in_grouping(G_v,97,249)){
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
if(!e.in_grouping(G_v,97,249)){
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
if(!e.in_grouping(G_v,97,249)){
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
if(!e.out_grouping(G_v,97,249)){
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
if(!e.in_grouping(G_v,97,249)){
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
if(!e.out_grouping(G_v,97,249)){
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
L1:for(let i3=0,n3=1;i3<n3;i3++){
e.bra=e.c;
a=e.find_among(A_1,x);
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
function r_attached_pronoun(e,x){
var a;
e.ket=e.c;
if(e.find_among_b(A_2,x)==0){
return!1;
}
e.bra=e.c;
a=e.find_among_b(A_3,x);
if(a==0){
return!1;
}
if(!r_RV(e,x)){
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
}
return!0;
}
function r_standard_suffix(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_6,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ic")){
e.c=e.l-v_1;
break L0;
}
e.bra=e.c;
if(!r_R2(e,x)){
e.c=e.l-v_1;
break L0;
}
if(!e.slice_del()){
return!1;
}
break L0;
}
}else if(a==3){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_from("log")){
return!1;
}
}else if(a==4){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_from("u")){
return!1;
}
}else if(a==5){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_from("ente")){
return!1;
}
}else if(a==6){
if(!r_RV(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==7){
if(!r_R1(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
var v_2=e.l-e.c;
L1:for(;;){
e.ket=e.c;
a=e.find_among_b(A_4,x);
if(a==0){
e.c=e.l-v_2;
break L1;
}
e.bra=e.c;
if(!r_R2(e,x)){
e.c=e.l-v_2;
break L1;
}
if(!e.slice_del()){
return!1;
}
if(a==0){
e.c=e.l-v_2;
break L1;
}else if(a==1){
e.ket=e.c;
if(!e.eq_s_b("at")){
e.c=e.l-v_2;
break L1;
}
e.bra=e.c;
if(!r_R2(e,x)){
e.c=e.l-v_2;
break L1;
}
if(!e.slice_del()){
return!1;
}
}
break L1;
}
}else if(a==8){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
var v_3=e.l-e.c;
L2:for(;;){
e.ket=e.c;
a=e.find_among_b(A_5,x);
if(a==0){
e.c=e.l-v_3;
break L2;
}
e.bra=e.c;
if(a==0){
e.c=e.l-v_3;
break L2;
}else if(a==1){
if(!r_R2(e,x)){
e.c=e.l-v_3;
break L2;
}
if(!e.slice_del()){
return!1;
}
}
break L2;
}
}else if(a==9){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
var v_4=e.l-e.c;
L3:for(;;){
e.ket=e.c;
if(!e.eq_s_b("at")){
e.c=e.l-v_4;
break L3;
}
e.bra=e.c;
if(!r_R2(e,x)){
e.c=e.l-v_4;
break L3;
}
if(!e.slice_del()){
return!1;
}
e.ket=e.c;
if(!e.eq_s_b("ic")){
e.c=e.l-v_4;
break L3;
}
e.bra=e.c;
if(!r_R2(e,x)){
e.c=e.l-v_4;
break L3;
}
if(!e.slice_del()){
return!1;
}
break L3;
}
}
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
a=e.find_among_b(A_7,x);
if(a==0){
e.lb=v_2;
return!1;
}
e.bra=e.c;
if(a==0){
e.lb=v_2;
return!1;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}
e.lb=v_2;
return!0;
}
function r_vowel_suffix(e,x){
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
if(!e.in_grouping_b(G_AEIO,97,242)){
e.c=e.l-v_1;
break L0;
}
e.bra=e.c;
if(!r_RV(e,x)){
e.c=e.l-v_1;
break L0;
}
if(!e.slice_del()){
return!1;
}
e.ket=e.c;
if(!e.eq_s_b("i")){
e.c=e.l-v_1;
break L0;
}
e.bra=e.c;
if(!r_RV(e,x)){
e.c=e.l-v_1;
break L0;
}
if(!e.slice_del()){
return!1;
}
break L0;
}
var v_2=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(!e.eq_s_b("h")){
e.c=e.l-v_2;
break L1;
}
e.bra=e.c;
if(!e.in_grouping_b(G_CG,99,103)){
e.c=e.l-v_2;
break L1;
}
if(!r_RV(e,x)){
e.c=e.l-v_2;
break L1;
}
if(!e.slice_del()){
return!1;
}
break L1;
}
return!0;
}
function snowball(e){
var x={
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
if(!r_attached_pronoun(e,x)){
break L2;
}
break L2;
}
e.c=e.l-v_3;
var v_4=e.l-e.c;
L3:for(;;){
L4:for(;;){
var v_5=e.l-e.c;
L5:for(;;){
if(!r_standard_suffix(e,x)){
break L5;
}
break L4;
}
e.c=e.l-v_5;
if(!r_verb_suffix(e,x)){
break L3;
}
break L4;
}
break L3;
}
e.c=e.l-v_4;
var v_6=e.l-e.c;
L6:for(;;){
if(!r_vowel_suffix(e,x)){
break L6;
}
break L6;
}
e.c=e.l-v_6;
e.c=e.lb;
var v_7=e.c;
L7:for(;;){
if(!r_postlude(e,x)){
break L7;
}
break L7;
}
e.c=v_7;
return!0;
}
