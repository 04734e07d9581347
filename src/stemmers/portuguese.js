// The Snowball stemmer for Portuguese, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["",-1,3],
["ã",0,1],
["õ",0,2],
];
var A_1=[
["",-1,3],
["a~",0,1],
["o~",0,2],
];
var A_2=[
["ic",-1,-1],
["ad",-1,-1],
["os",-1,-1],
["iv",-1,1],
];
var A_3=[
["ante",-1,1],
["avel",-1,1],
["ível",-1,1],
];
var A_4=[
["ic",-1,1],
["abil",-1,1],
["iv",-1,1],
];
var A_5=[
["ica",-1,1],
["ância",-1,1],
["ência",-1,4],
["logia",-1,2],
["ira",-1,9],
["adora",-1,1],
["osa",-1,1],
["ista",-1,1],
["iva",-1,8],
["eza",-1,1],
["idade",-1,7],
["ante",-1,1],
["mente",-1,6],
["amente",12,5],
["ável",-1,1],
["ível",-1,1],
["ico",-1,1],
["ismo",-1,1],
["oso",-1,1],
["amento",-1,1],
["imento",-1,1],
["ivo",-1,8],
["aça~o",-1,1],
["uça~o",-1,3],
["ador",-1,1],
["icas",-1,1],
["ências",-1,4],
["logias",-1,2],
["iras",-1,9],
["adoras",-1,1],
["osas",-1,1],
["istas",-1,1],
["ivas",-1,8],
["ezas",-1,1],
["idades",-1,7],
["adores",-1,1],
["antes",-1,1],
["aço~es",-1,1],
["uço~es",-1,3],
["icos",-1,1],
["ismos",-1,1],
["osos",-1,1],
["amentos",-1,1],
["imentos",-1,1],
["ivos",-1,8],
];
var A_6=[
["ada",-1,1],
["ida",-1,1],
["ia",-1,1],
["aria",2,1],
["eria",2,1],
["iria",2,1],
["ara",-1,1],
["era",-1,1],
["ira",-1,1],
["ava",-1,1],
["asse",-1,1],
["esse",-1,1],
["isse",-1,1],
["aste",-1,1],
["este",-1,1],
["iste",-1,1],
["ei",-1,1],
["arei",16,1],
["erei",16,1],
["irei",16,1],
["am",-1,1],
["iam",20,1],
["ariam",21,1],
["eriam",21,1],
["iriam",21,1],
["aram",20,1],
["eram",20,1],
["iram",20,1],
["avam",20,1],
["em",-1,1],
["arem",29,1],
["erem",29,1],
["irem",29,1],
["assem",29,1],
["essem",29,1],
["issem",29,1],
["ado",-1,1],
["ido",-1,1],
["ando",-1,1],
["endo",-1,1],
["indo",-1,1],
["ara~o",-1,1],
["era~o",-1,1],
["ira~o",-1,1],
["ar",-1,1],
["er",-1,1],
["ir",-1,1],
["as",-1,1],
["adas",47,1],
["idas",47,1],
["ias",47,1],
["arias",50,1],
["erias",50,1],
["irias",50,1],
["aras",47,1],
["eras",47,1],
["iras",47,1],
["avas",47,1],
["es",-1,1],
["ardes",58,1],
["erdes",58,1],
["irdes",58,1],
["ares",58,1],
["eres",58,1],
["ires",58,1],
["asses",58,1],
["esses",58,1],
["isses",58,1],
["astes",58,1],
["estes",58,1],
["istes",58,1],
["is",-1,1],
["ais",71,1],
["eis",71,1],
["areis",73,1],
["ereis",73,1],
["ireis",73,1],
["áreis",73,1],
["éreis",73,1],
["íreis",73,1],
["ásseis",73,1],
["ésseis",73,1],
["ísseis",73,1],
["áveis",73,1],
["íeis",73,1],
["aríeis",84,1],
["eríeis",84,1],
["iríeis",84,1],
["ados",-1,1],
["idos",-1,1],
["amos",-1,1],
["áramos",90,1],
["éramos",90,1],
["íramos",90,1],
["ávamos",90,1],
["íamos",90,1],
["aríamos",95,1],
["eríamos",95,1],
["iríamos",95,1],
["emos",-1,1],
["aremos",99,1],
["eremos",99,1],
["iremos",99,1],
["ássemos",99,1],
["êssemos",99,1],
["íssemos",99,1],
["imos",-1,1],
["armos",-1,1],
["ermos",-1,1],
["irmos",-1,1],
["ámos",-1,1],
["arás",-1,1],
["erás",-1,1],
["irás",-1,1],
["eu",-1,1],
["iu",-1,1],
["ou",-1,1],
["ará",-1,1],
["erá",-1,1],
["irá",-1,1],
];
var A_7=[
["a",-1,1],
["i",-1,1],
["o",-1,1],
["os",-1,1],
["á",-1,1],
["í",-1,1],
["ó",-1,1],
];
var A_8=[
["e",-1,1],
["ç",-1,2],
["é",-1,1],
["ê",-1,1],
];
var G_v=[17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,0,3,19,12,2];
function r_prelude(e,x){
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
if(!e.slice_from("a~")){
return!1;
}
}else if(a==2){
if(!e.slice_from("o~")){
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
function r_mark_regions(e,x){
x.i_pV=e.l;
x.i_p1=e.l;
x.i_p2=e.l;
var v_1=e.c;
L0:for(;;){
L1:for(;;){
var v_2=e.c;
L2:for(;;){
if(!e.in_grouping(G_v,97,250)){
break L2;
}
L3:for(;;){
var v_3=e.c;
L4:for(;;){
if(!e.out_grouping(G_v,97,250)){
break L4;
}
G5:for(;;){
L6:for(;;){
if(!e.in_grouping(G_v,97,250)){
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
if(!e.in_grouping(G_v,97,250)){
break L2;
}
G7:for(;;){
L8:for(;;){
if(!e.out_grouping(G_v,97,250)){
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
if(!e.out_grouping(G_v,97,250)){
break L0;
}
L9:for(;;){
var v_6=e.c;
L10:for(;;){
if(!e.out_grouping(G_v,97,250)){
break L10;
}
G11:for(;;){
L12:for(;;){
if(!e.in_grouping(G_v,97,250)){
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
if(!e.in_grouping(G_v,97,250)){
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
if(!e.in_grouping(G_v,97,250)){
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
if(!e.out_grouping(G_v,97,250)){
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
if(!e.in_grouping(G_v,97,250)){
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
if(!e.out_grouping(G_v,97,250)){
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
a=e.find_among(A_1,x);
if(a==0){
break L1;
}
e.ket=e.c;
if(a==0){
break L1;
}else if(a==1){
if(!e.slice_from("ã")){
return!1;
}
}else if(a==2){
if(!e.slice_from("õ")){
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
function r_standard_suffix(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_5,x);
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
if(!e.slice_from("log")){
return!1;
}
}else if(a==3){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_from("u")){
return!1;
}
}else if(a==4){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_from("ente")){
return!1;
}
}else if(a==5){
if(!r_R1(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
a=e.find_among_b(A_2,x);
if(a==0){
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
if(a==0){
e.c=e.l-v_1;
break L0;
}else if(a==1){
e.ket=e.c;
if(!e.eq_s_b("at")){
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
}
break L0;
}
}else if(a==6){
if(!r_R2(e,x)){
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
if(a==0){
e.c=e.l-v_2;
break L1;
}else if(a==1){
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
break L3;
}
}else if(a==9){
if(!r_RV(e,x)){
return!1;
}
if(!e.eq_s_b("e")){
return!1;
}
if(!e.slice_from("ir")){
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
a=e.find_among_b(A_6,x);
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
function r_residual_suffix(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_7,x);
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
}
return!0;
}
function r_residual_form(e,x){
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
if(!r_RV(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
e.ket=e.c;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
if(!e.eq_s_b("u")){
break L1;
}
e.bra=e.c;
var v_2=e.l-e.c;
if(!e.eq_s_b("g")){
break L1;
}
e.c=e.l-v_2;
break L0;
}
e.c=e.l-v_1;
if(!e.eq_s_b("i")){
return!1;
}
e.bra=e.c;
var v_3=e.l-e.c;
if(!e.eq_s_b("c")){
return!1;
}
e.c=e.l-v_3;
break L0;
}
if(!r_RV(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.slice_from("c")){
return!1;
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
L3:for(;;){
var v_4=e.l-e.c;
L4:for(;;){
var v_5=e.l-e.c;
L5:for(;;){
var v_6=e.l-e.c;
L6:for(;;){
if(!r_standard_suffix(e,x)){
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
e.c=e.l-v_5;
var v_7=e.l-e.c;
L7:for(;;){
e.ket=e.c;
if(!e.eq_s_b("i")){
break L7;
}
e.bra=e.c;
var v_8=e.l-e.c;
if(!e.eq_s_b("c")){
break L7;
}
e.c=e.l-v_8;
if(!r_RV(e,x)){
break L7;
}
if(!e.slice_del()){
return!1;
}
break L7;
}
e.c=e.l-v_7;
break L3;
}
e.c=e.l-v_4;
if(!r_residual_suffix(e,x)){
break L2;
}
break L3;
}
break L2;
}
e.c=e.l-v_3;
var v_9=e.l-e.c;
L8:for(;;){
if(!r_residual_form(e,x)){
break L8;
}
break L8;
}
e.c=e.l-v_9;
e.c=e.lb;
var v_10=e.c;
L9:for(;;){
if(!r_postlude(e,x)){
break L9;
}
break L9;
}
e.c=v_10;
return!0;
}
