// The Snowball stemmer for Russian, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["вшись",-1,1],
["ывшись",0,2],
["ившись",0,2],
["в",-1,1],
["ыв",3,2],
["ив",3,2],
["вши",-1,1],
["ывши",6,2],
["ивши",6,2],
];
var A_1=[
["ему",-1,1],
["ому",-1,1],
["ых",-1,1],
["их",-1,1],
["ую",-1,1],
["юю",-1,1],
["ею",-1,1],
["ою",-1,1],
["яя",-1,1],
["ая",-1,1],
["ые",-1,1],
["ее",-1,1],
["ие",-1,1],
["ое",-1,1],
["ыми",-1,1],
["ими",-1,1],
["ый",-1,1],
["ей",-1,1],
["ий",-1,1],
["ой",-1,1],
["ым",-1,1],
["ем",-1,1],
["им",-1,1],
["ом",-1,1],
["его",-1,1],
["ого",-1,1],
];
var A_2=[
["вш",-1,1],
["ывш",0,2],
["ивш",0,2],
["щ",-1,1],
["ющ",3,1],
["ующ",4,2],
["ем",-1,1],
["нн",-1,1],
];
var A_3=[
["сь",-1,1],
["ся",-1,1],
];
var A_4=[
["ыт",-1,2],
["ют",-1,1],
["уют",1,2],
["ят",-1,2],
["ет",-1,1],
["ует",4,2],
["ит",-1,2],
["ны",-1,1],
["ены",7,2],
["ть",-1,1],
["ыть",9,2],
["ить",9,2],
["ешь",-1,1],
["ишь",-1,2],
["ю",-1,2],
["ую",14,2],
["ла",-1,1],
["ыла",16,2],
["ила",16,2],
["на",-1,1],
["ена",19,2],
["ете",-1,1],
["ите",-1,2],
["йте",-1,1],
["уйте",23,2],
["ейте",23,2],
["ли",-1,1],
["ыли",26,2],
["или",26,2],
["й",-1,1],
["уй",29,2],
["ей",29,2],
["л",-1,1],
["ыл",32,2],
["ил",32,2],
["ым",-1,2],
["ем",-1,1],
["им",-1,2],
["н",-1,1],
["ен",38,2],
["ло",-1,1],
["ыло",40,2],
["ило",40,2],
["но",-1,1],
["ено",43,2],
["нно",43,1],
];
var A_5=[
["у",-1,1],
["ях",-1,1],
["иях",1,1],
["ах",-1,1],
["ы",-1,1],
["ь",-1,1],
["ю",-1,1],
["ью",6,1],
["ию",6,1],
["я",-1,1],
["ья",9,1],
["ия",9,1],
["а",-1,1],
["ев",-1,1],
["ов",-1,1],
["е",-1,1],
["ье",15,1],
["ие",15,1],
["и",-1,1],
["еи",18,1],
["ии",18,1],
["ями",18,1],
["иями",21,1],
["ами",18,1],
["й",-1,1],
["ей",24,1],
["ией",25,1],
["ий",24,1],
["ой",24,1],
["ям",-1,1],
["иям",29,1],
["ам",-1,1],
["ем",-1,1],
["ием",32,1],
["ом",-1,1],
["о",-1,1],
];
var A_6=[
["ост",-1,1],
["ость",-1,1],
];
var A_7=[
["ейш",-1,1],
["ь",-1,3],
["ейше",-1,1],
["н",-1,2],
];
var G_v=[33,65,8,232];
function r_mark_regions(e,x){
x.i_pV=e.l;
x.i_p2=e.l;
var v_1=e.c;
L0:for(;;){
G1:for(;;){
L2:for(;;){
if(!e.in_grouping(G_v,1072,1103)){
break L2;
}
break G1;
}
if(e.c>=e.l){
break L0;
}
e.next_char();
}
x.i_pV=e.c;
G3:for(;;){
L4:for(;;){
if(!e.out_grouping(G_v,1072,1103)){
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
if(!e.in_grouping(G_v,1072,1103)){
break L6;
}
break G5;
}
if(e.c>=e.l){
break L0;
}
e.next_char();
}
G7:for(;;){
L8:for(;;){
if(!e.out_grouping(G_v,1072,1103)){
break L8;
}
break G7;
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
function r_R2(e,x){
if(!(x.i_p2<=e.c)){
return!1;
}
return!0;
}
function r_perfective_gerund(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_0,x);
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
if(!e.eq_s_b("а")){
break L1;
}
break L0;
}
e.c=e.l-v_1;
if(!e.eq_s_b("я")){
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
return!0;
}
function r_adjective(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_1,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_adjectival(e,x){
var a;
if(!r_adjective(e,x)){
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
if(a==0){
e.c=e.l-v_1;
break L0;
}else if(a==1){
L1:for(;;){
var v_2=e.l-e.c;
L2:for(;;){
if(!e.eq_s_b("а")){
break L2;
}
break L1;
}
e.c=e.l-v_2;
if(!e.eq_s_b("я")){
e.c=e.l-v_1;
break L0;
}
break L1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.slice_del()){
return!1;
}
}
break L0;
}
return!0;
}
function r_reflexive(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_3,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_verb(e,x){
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
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
if(!e.eq_s_b("а")){
break L1;
}
break L0;
}
e.c=e.l-v_1;
if(!e.eq_s_b("я")){
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
return!0;
}
function r_noun(e,x){
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
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_derivational(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_6,x);
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
}
return!0;
}
function r_tidy_up(e,x){
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
if(!e.slice_del()){
return!1;
}
e.ket=e.c;
if(!e.eq_s_b("н")){
return!1;
}
e.bra=e.c;
if(!e.eq_s_b("н")){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.eq_s_b("н")){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==3){
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function snowball(e){
var x={
i_p2:0,
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
if(e.c<x.i_pV){
return!1;
}
e.c=x.i_pV;
var v_3=e.lb;
e.lb=e.c;
e.c=e.l-v_2;
var v_4=e.l-e.c;
L1:for(;;){
L2:for(;;){
var v_5=e.l-e.c;
L3:for(;;){
if(!r_perfective_gerund(e,x)){
break L3;
}
break L2;
}
e.c=e.l-v_5;
var v_6=e.l-e.c;
L4:for(;;){
if(!r_reflexive(e,x)){
e.c=e.l-v_6;
break L4;
}
break L4;
}
L5:for(;;){
var v_7=e.l-e.c;
L6:for(;;){
if(!r_adjectival(e,x)){
break L6;
}
break L5;
}
e.c=e.l-v_7;
L7:for(;;){
if(!r_verb(e,x)){
break L7;
}
break L5;
}
e.c=e.l-v_7;
if(!r_noun(e,x)){
break L1;
}
break L5;
}
break L2;
}
break L1;
}
e.c=e.l-v_4;
var v_8=e.l-e.c;
L8:for(;;){
e.ket=e.c;
if(!e.eq_s_b("и")){
e.c=e.l-v_8;
break L8;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L8;
}
var v_9=e.l-e.c;
L9:for(;;){
if(!r_derivational(e,x)){
break L9;
}
break L9;
}
e.c=e.l-v_9;
var v_10=e.l-e.c;
L10:for(;;){
if(!r_tidy_up(e,x)){
break L10;
}
break L10;
}
e.c=e.l-v_10;
e.lb=v_3;
e.c=e.lb;
return!0;
}
