// The Snowball stemmer for Danish, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["hed",-1,1],
["ethed",0,1],
["ered",-1,1],
["e",-1,1],
["erede",3,1],
["ende",3,1],
["erende",5,1],
["ene",3,1],
["erne",3,1],
["ere",3,1],
["en",-1,1],
["heden",10,1],
["eren",10,1],
["er",-1,1],
["heder",13,1],
["erer",13,1],
["s",-1,2],
["heds",16,1],
["es",16,1],
["endes",18,1],
["erendes",19,1],
["enes",18,1],
["ernes",18,1],
["eres",18,1],
["ens",16,1],
["hedens",24,1],
["erens",24,1],
["ers",16,1],
["ets",16,1],
["erets",28,1],
["et",-1,1],
["eret",30,1],
];
var A_1=[
["gd",-1,-1],
["dt",-1,-1],
["gt",-1,-1],
["kt",-1,-1],
];
var A_2=[
["ig",-1,1],
["lig",0,1],
["elig",1,1],
["els",-1,1],
["løst",-1,2],
];
var G_v=[17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,0,48,0,128];
var G_s_ending=[239,254,42,3,0,0,0,0,0,0,0,0,0,0,0,0,16];
function r_mark_regions(e,x){
x.i_p1=e.l;
var v_1=e.c;
var c=e.byte_index_for_hop(3);
if(0>c||c>e.l){
return!1;
}
e.c=c;
x.i_x=e.c;
e.c=v_1;
G0:for(;;){
var v_2=e.c;
L1:for(;;){
if(!e.in_grouping(G_v,97,248)){
break L1;
}
e.c=v_2;
break G0;
}
e.c=v_2;
if(e.c>=e.l){
return!1;
}
e.next_char();
}
G2:for(;;){
L3:for(;;){
if(!e.out_grouping(G_v,97,248)){
break L3;
}
break G2;
}
if(e.c>=e.l){
return!1;
}
e.next_char();
}
x.i_p1=e.c;
L4:for(;;){
if(!(x.i_p1<x.i_x)){
break L4;
}
x.i_p1=x.i_x;
break L4;
}
return!0;
}
function r_main_suffix(e,x){
var a;
var v_1=e.l-e.c;
if(e.c<x.i_p1){
return!1;
}
e.c=x.i_p1;
var v_2=e.lb;
e.lb=e.c;
e.c=e.l-v_1;
e.ket=e.c;
a=e.find_among_b(A_0,x);
if(a==0){
e.lb=v_2;
return!1;
}
e.bra=e.c;
e.lb=v_2;
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.in_grouping_b(G_s_ending,97,229)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_consonant_pair(e,x){
var v_1=e.l-e.c;
var v_2=e.l-e.c;
if(e.c<x.i_p1){
return!1;
}
e.c=x.i_p1;
var v_3=e.lb;
e.lb=e.c;
e.c=e.l-v_2;
e.ket=e.c;
if(e.find_among_b(A_1,x)==0){
e.lb=v_3;
return!1;
}
e.bra=e.c;
e.lb=v_3;
e.c=e.l-v_1;
if(e.c<=e.lb){
return!1;
}
e.previous_char();
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
return!0;
}
function r_other_suffix(e,x){
var a;
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
if(!e.eq_s_b("st")){
break L0;
}
e.bra=e.c;
if(!e.eq_s_b("ig")){
break L0;
}
if(!e.slice_del()){
return!1;
}
break L0;
}
e.c=e.l-v_1;
var v_2=e.l-e.c;
if(e.c<x.i_p1){
return!1;
}
e.c=x.i_p1;
var v_3=e.lb;
e.lb=e.c;
e.c=e.l-v_2;
e.ket=e.c;
a=e.find_among_b(A_2,x);
if(a==0){
e.lb=v_3;
return!1;
}
e.bra=e.c;
e.lb=v_3;
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
var v_4=e.l-e.c;
L1:for(;;){
if(!r_consonant_pair(e,x)){
break L1;
}
break L1;
}
e.c=e.l-v_4;
}else if(a==2){
if(!e.slice_from("løs")){
return!1;
}
}
return!0;
}
function r_undouble(e,x){
var v_1=e.l-e.c;
if(e.c<x.i_p1){
return!1;
}
e.c=x.i_p1;
var v_2=e.lb;
e.lb=e.c;
e.c=e.l-v_1;
e.ket=e.c;
if(!e.out_grouping_b(G_v,97,248)){
e.lb=v_2;
return!1;
}
e.bra=e.c;
x.S_ch=e.slice_to();
if((x.S_ch.length===0)){
return!1;
}
e.lb=v_2;
if(!e.eq_s_b(x.S_ch)){
return!1;
}
if(!e.slice_del()){
return!1;
}
return!0;
}
function snowball(e){
var x={
i_x:0,
i_p1:0,
S_ch:[],
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
if(!r_main_suffix(e,x)){
break L1;
}
break L1;
}
e.c=e.l-v_2;
var v_3=e.l-e.c;
L2:for(;;){
if(!r_consonant_pair(e,x)){
break L2;
}
break L2;
}
e.c=e.l-v_3;
var v_4=e.l-e.c;
L3:for(;;){
if(!r_other_suffix(e,x)){
break L3;
}
break L3;
}
e.c=e.l-v_4;
var v_5=e.l-e.c;
L4:for(;;){
if(!r_undouble(e,x)){
break L4;
}
break L4;
}
e.c=e.l-v_5;
e.c=e.lb;
return!0;
}
