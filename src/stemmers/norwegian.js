// The Snowball stemmer for Norwegian, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["a",-1,1],
["e",-1,1],
["ede",1,1],
["ande",1,1],
["ende",1,1],
["ane",1,1],
["ene",1,1],
["hetene",6,1],
["erte",1,3],
["en",-1,1],
["heten",9,1],
["ar",-1,1],
["er",-1,1],
["heter",12,1],
["s",-1,2],
["as",14,1],
["es",14,1],
["edes",16,1],
["endes",16,1],
["enes",16,1],
["hetenes",19,1],
["ens",14,1],
["hetens",21,1],
["ers",14,1],
["ets",14,1],
["et",-1,1],
["het",25,1],
["ert",-1,3],
["ast",-1,1],
];
var A_1=[
["dt",-1,-1],
["vt",-1,-1],
];
var A_2=[
["leg",-1,1],
["eleg",0,1],
["ig",-1,1],
["eig",2,1],
["lig",2,1],
["elig",4,1],
["els",-1,1],
["lov",-1,1],
["elov",7,1],
["slov",7,1],
["hetslov",9,1],
];
var G_v=[17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,0,48,0,128];
var G_s_ending=[119,125,149,1];
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
if(e.c<x.i_p1){
return!1;
}
var v_2=e.lb;
e.lb=x.i_p1;
e.ket=e.c;
a=e.find_among_b(A_0,x);
if(a==0){
e.lb=v_2;
return!1;
}
e.bra=e.c;
e.lb=v_2;
if(a==1){
if(!e.slice_del()){
return!1;
}
}else if(a==2){
L0:for(;;){
var v_3=e.l-e.c;
L1:for(;;){
if(!e.in_grouping_b(G_s_ending,98,122)){
break L1;
}
break L0;
}
e.c=e.l-v_3;
if(!e.eq_s_b("k")){
return!1;
}
if(!e.out_grouping_b(G_v,97,248)){
return!1;
}
break L0;
}
if(!e.slice_del()){
return!1;
}
}else if(a==3){
if(!e.slice_from("er")){
return!1;
}
}
return!0;
}
function r_consonant_pair(e,x){
var v_1=e.l-e.c;
if(e.c<x.i_p1){
return!1;
}
var v_3=e.lb;
e.lb=x.i_p1;
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
if(e.c<x.i_p1){
return!1;
}
var v_2=e.lb;
e.lb=x.i_p1;
e.ket=e.c;
if(e.find_among_b(A_2,x)==0){
e.lb=v_2;
return!1;
}
e.bra=e.c;
e.lb=v_2;
if(!e.slice_del()){
return!1;
}
return!0;
}
function snowball(e){
var x={
i_x:0,
i_p1:0,
};
var v_1=e.c;
r_mark_regions(e,x);
e.c=v_1;
e.lb=e.c;
e.c=e.l;
var v_2=e.l-e.c;
r_main_suffix(e,x);
e.c=e.l-v_2;
var v_3=e.l-e.c;
r_consonant_pair(e,x);
e.c=e.l-v_3;
var v_4=e.l-e.c;
r_other_suffix(e,x);
e.c=e.l-v_4;
e.c=e.lb;
return!0;
}
