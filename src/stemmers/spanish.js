// The Snowball stemmer for Spanish, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["",-1,6],
["á",0,1],
["é",0,2],
["í",0,3],
["ó",0,4],
["ú",0,5],
];
var A_1=[
["la",-1,-1],
["sela",0,-1],
["le",-1,-1],
["me",-1,-1],
["se",-1,-1],
["lo",-1,-1],
["selo",5,-1],
["las",-1,-1],
["selas",7,-1],
["les",-1,-1],
["los",-1,-1],
["selos",10,-1],
["nos",-1,-1],
];
var A_2=[
["ando",-1,6],
["iendo",-1,6],
["yendo",-1,7],
["ándo",-1,2],
["iéndo",-1,1],
["ar",-1,6],
["er",-1,6],
["ir",-1,6],
["ár",-1,3],
["ér",-1,4],
["ír",-1,5],
];
var A_3=[
["ic",-1,-1],
["ad",-1,-1],
["os",-1,-1],
["iv",-1,1],
];
var A_4=[
["able",-1,1],
["ible",-1,1],
["ante",-1,1],
];
var A_5=[
["ic",-1,1],
["abil",-1,1],
["iv",-1,1],
];
var A_6=[
["ica",-1,1],
["ancia",-1,2],
["encia",-1,5],
["adora",-1,2],
["osa",-1,1],
["ista",-1,1],
["iva",-1,9],
["anza",-1,1],
["logía",-1,3],
["idad",-1,8],
["able",-1,1],
["ible",-1,1],
["ante",-1,2],
["mente",-1,7],
["amente",13,6],
["ación",-1,2],
["ución",-1,4],
["ico",-1,1],
["ismo",-1,1],
["oso",-1,1],
["amiento",-1,1],
["imiento",-1,1],
["ivo",-1,9],
["ador",-1,2],
["icas",-1,1],
["ancias",-1,2],
["encias",-1,5],
["adoras",-1,2],
["osas",-1,1],
["istas",-1,1],
["ivas",-1,9],
["anzas",-1,1],
["logías",-1,3],
["idades",-1,8],
["ables",-1,1],
["ibles",-1,1],
["aciones",-1,2],
["uciones",-1,4],
["adores",-1,2],
["antes",-1,2],
["icos",-1,1],
["ismos",-1,1],
["osos",-1,1],
["amientos",-1,1],
["imientos",-1,1],
["ivos",-1,9],
];
var A_7=[
["ya",-1,1],
["ye",-1,1],
["yan",-1,1],
["yen",-1,1],
["yeron",-1,1],
["yendo",-1,1],
["yo",-1,1],
["yas",-1,1],
["yes",-1,1],
["yais",-1,1],
["yamos",-1,1],
["yó",-1,1],
];
var A_8=[
["aba",-1,2],
["ada",-1,2],
["ida",-1,2],
["ara",-1,2],
["iera",-1,2],
["ía",-1,2],
["aría",5,2],
["ería",5,2],
["iría",5,2],
["ad",-1,2],
["ed",-1,2],
["id",-1,2],
["ase",-1,2],
["iese",-1,2],
["aste",-1,2],
["iste",-1,2],
["an",-1,2],
["aban",16,2],
["aran",16,2],
["ieran",16,2],
["ían",16,2],
["arían",20,2],
["erían",20,2],
["irían",20,2],
["en",-1,1],
["asen",24,2],
["iesen",24,2],
["aron",-1,2],
["ieron",-1,2],
["arán",-1,2],
["erán",-1,2],
["irán",-1,2],
["ado",-1,2],
["ido",-1,2],
["ando",-1,2],
["iendo",-1,2],
["ar",-1,2],
["er",-1,2],
["ir",-1,2],
["as",-1,2],
["abas",39,2],
["adas",39,2],
["idas",39,2],
["aras",39,2],
["ieras",39,2],
["ías",39,2],
["arías",45,2],
["erías",45,2],
["irías",45,2],
["es",-1,1],
["ases",49,2],
["ieses",49,2],
["abais",-1,2],
["arais",-1,2],
["ierais",-1,2],
["íais",-1,2],
["aríais",55,2],
["eríais",55,2],
["iríais",55,2],
["aseis",-1,2],
["ieseis",-1,2],
["asteis",-1,2],
["isteis",-1,2],
["áis",-1,2],
["éis",-1,1],
["aréis",64,2],
["eréis",64,2],
["iréis",64,2],
["ados",-1,2],
["idos",-1,2],
["amos",-1,2],
["ábamos",70,2],
["áramos",70,2],
["iéramos",70,2],
["íamos",70,2],
["aríamos",74,2],
["eríamos",74,2],
["iríamos",74,2],
["emos",-1,1],
["aremos",78,2],
["eremos",78,2],
["iremos",78,2],
["ásemos",78,2],
["iésemos",78,2],
["imos",-1,2],
["arás",-1,2],
["erás",-1,2],
["irás",-1,2],
["ís",-1,2],
["ará",-1,2],
["erá",-1,2],
["irá",-1,2],
["aré",-1,2],
["eré",-1,2],
["iré",-1,2],
["ió",-1,2],
];
var A_9=[
["a",-1,1],
["e",-1,2],
["o",-1,1],
["os",-1,1],
["á",-1,1],
["é",-1,2],
["í",-1,1],
["ó",-1,1],
];
var G_v=[17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,0,1,17,4,10];
function r_mark_regions(e,x){
x.i_pV=e.l;
x.i_p1=e.l;
x.i_p2=e.l;
var v_1=e.c;
L0:for(;;){
L1:for(;;){
var v_2=e.c;
L2:for(;;){
if(!e.in_grouping(G_v,97,252)){
break L2;
}
L3:for(;;){
var v_3=e.c;
L4:for(;;){
if(!e.out_grouping(G_v,97,252)){
break L4;
}
G5:for(;;){
L6:for(;;){
if(!e.in_grouping(G_v,97,252)){
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
if(!e.in_grouping(G_v,97,252)){
break L2;
}
G7:for(;;){
L8:for(;;){
if(!e.out_grouping(G_v,97,252)){
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
if(!e.out_grouping(G_v,97,252)){
break L0;
}
L9:for(;;){
var v_6=e.c;
L10:for(;;){
if(!e.out_grouping(G_v,97,252)){
break L10;
}
G11:for(;;){
L12:for(;;){
if(!e.in_grouping(G_v,97,252)){
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
if(!e.in_grouping(G_v,97,252)){
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
if(!e.in_grouping(G_v,97,252)){
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
if(!e.out_grouping(G_v,97,252)){
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
if(!e.in_grouping(G_v,97,252)){
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
if(!e.out_grouping(G_v,97,252)){
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
if(!e.slice_from("a")){
return!1;
}
}else if(a==2){
if(!e.slice_from("e")){
return!1;
}
}else if(a==3){
if(!e.slice_from("i")){
return!1;
}
}else if(a==4){
if(!e.slice_from("o")){
return!1;
}
}else if(a==5){
if(!e.slice_from("u")){
return!1;
}
}else if(a==6){
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
if(e.find_among_b(A_1,x)==0){
return!1;
}
e.bra=e.c;
a=e.find_among_b(A_2,x);
if(a==0){
return!1;
}
if(!r_RV(e,x)){
return!1;
}
if(a==0){
return!1;
}else if(a==1){
e.bra=e.c;
if(!e.slice_from("iendo")){
return!1;
}
}else if(a==2){
e.bra=e.c;
if(!e.slice_from("ando")){
return!1;
}
}else if(a==3){
e.bra=e.c;
if(!e.slice_from("ar")){
return!1;
}
}else if(a==4){
e.bra=e.c;
if(!e.slice_from("er")){
return!1;
}
}else if(a==5){
e.bra=e.c;
if(!e.slice_from("ir")){
return!1;
}
}else if(a==6){
if(!e.slice_del()){
return!1;
}
}else if(a==7){
if(!e.eq_s_b("u")){
return!1;
}
if(!e.slice_del()){
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
if(!r_R1(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
var v_2=e.l-e.c;
L1:for(;;){
e.ket=e.c;
a=e.find_among_b(A_3,x);
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
}else if(a==7){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
var v_3=e.l-e.c;
L2:for(;;){
e.ket=e.c;
a=e.find_among_b(A_4,x);
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
}else if(a==8){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
var v_4=e.l-e.c;
L3:for(;;){
e.ket=e.c;
a=e.find_among_b(A_5,x);
if(a==0){
e.c=e.l-v_4;
break L3;
}
e.bra=e.c;
if(a==0){
e.c=e.l-v_4;
break L3;
}else if(a==1){
if(!r_R2(e,x)){
e.c=e.l-v_4;
break L3;
}
if(!e.slice_del()){
return!1;
}
}
break L3;
}
}else if(a==9){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
var v_5=e.l-e.c;
L4:for(;;){
e.ket=e.c;
if(!e.eq_s_b("at")){
e.c=e.l-v_5;
break L4;
}
e.bra=e.c;
if(!r_R2(e,x)){
e.c=e.l-v_5;
break L4;
}
if(!e.slice_del()){
return!1;
}
break L4;
}
}
return!0;
}
function r_y_verb_suffix(e,x){
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
e.lb=v_2;
if(a==0){
return!1;
}else if(a==1){
if(!e.eq_s_b("u")){
return!1;
}
if(!e.slice_del()){
return!1;
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
a=e.find_among_b(A_8,x);
if(a==0){
e.lb=v_2;
return!1;
}
e.bra=e.c;
e.lb=v_2;
if(a==0){
return!1;
}else if(a==1){
var v_3=e.l-e.c;
L0:for(;;){
if(!e.eq_s_b("u")){
e.c=e.l-v_3;
break L0;
}
var v_4=e.l-e.c;
if(!e.eq_s_b("g")){
e.c=e.l-v_3;
break L0;
}
e.c=e.l-v_4;
break L0;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_residual_suffix(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_9,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!r_RV(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!r_RV(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
if(!e.eq_s_b("u")){
e.c=e.l-v_1;
break L0;
}
e.bra=e.c;
var v_2=e.l-e.c;
if(!e.eq_s_b("g")){
e.c=e.l-v_1;
break L0;
}
e.c=e.l-v_2;
if(!r_RV(e,x)){
e.c=e.l-v_1;
break L0;
}
if(!e.slice_del()){
return!1;
}
break L0;
}
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
if(!r_attached_pronoun(e,x)){
break L1;
}
break L1;
}
e.c=e.l-v_2;
var v_3=e.l-e.c;
L2:for(;;){
L3:for(;;){
var v_4=e.l-e.c;
L4:for(;;){
if(!r_standard_suffix(e,x)){
break L4;
}
break L3;
}
e.c=e.l-v_4;
L5:for(;;){
if(!r_y_verb_suffix(e,x)){
break L5;
}
break L3;
}
e.c=e.l-v_4;
if(!r_verb_suffix(e,x)){
break L2;
}
break L3;
}
break L2;
}
e.c=e.l-v_3;
var v_5=e.l-e.c;
L6:for(;;){
if(!r_residual_suffix(e,x)){
break L6;
}
break L6;
}
e.c=e.l-v_5;
e.c=e.lb;
var v_6=e.c;
L7:for(;;){
if(!r_postlude(e,x)){
break L7;
}
break L7;
}
e.c=v_6;
return!0;
}
