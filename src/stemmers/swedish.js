// The Snowball stemmer for Swedish, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["a",-1,1],
["arna",0,1],
["erna",0,1],
["heterna",2,1],
["orna",0,1],
["ad",-1,1],
["e",-1,1],
["ade",6,1],
["ande",6,1],
["arne",6,1],
["are",6,1],
["aste",6,1],
["en",-1,1],
["anden",12,1],
["aren",12,1],
["heten",12,1],
["ern",-1,1],
["ar",-1,1],
["er",-1,1],
["heter",18,1],
["or",-1,1],
["s",-1,2],
["as",21,1],
["arnas",22,1],
["ernas",22,1],
["ornas",22,1],
["es",21,1],
["ades",26,1],
["andes",26,1],
["ens",21,1],
["arens",29,1],
["hetens",29,1],
["erns",21,1],
["at",-1,1],
["andet",-1,1],
["het",-1,1],
["ast",-1,1],
];
var A_1=[
["dd",-1,-1],
["gd",-1,-1],
["nn",-1,-1],
["dt",-1,-1],
["gt",-1,-1],
["kt",-1,-1],
["tt",-1,-1],
];
var A_2=[
["ig",-1,1],
["lig",0,1],
["els",-1,1],
["fullt",-1,3],
["löst",-1,2],
];
var G_v=[17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,0,24,0,32];
var G_s_ending=[119,127,149];
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
if(!e.in_grouping(G_v,97,246)){
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
if(!e.out_grouping(G_v,97,246)){
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
if(!e.in_grouping_b(G_s_ending,98,121)){
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
if(e.c<x.i_p1){
return!1;
}
e.c=x.i_p1;
var v_2=e.lb;
e.lb=e.c;
e.c=e.l-v_1;
var v_3=e.l-e.c;
if(e.find_among_b(A_1,x)==0){
e.lb=v_2;
return!1;
}
e.c=e.l-v_3;
e.ket=e.c;
if(e.c<=e.lb){
e.lb=v_2;
return!1;
}
e.previous_char();
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
e.lb=v_2;
return!0;
}
function r_other_suffix(e,x){
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
a=e.find_among_b(A_2,x);
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
}else if(a==2){
if(!e.slice_from("lös")){
return!1;
}
}else if(a==3){
if(!e.slice_from("full")){
return!1;
}
}
e.lb=v_2;
return!0;
}
function snowball(e){
var x={
i_x:0,
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
e.c=e.lb;
return!0;
}
