// The Snowball stemmer for German, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["",-1,6],
["U",0,2],
["Y",0,1],
["ä",0,3],
["ö",0,4],
["ü",0,5],
];
var A_1=[
["e",-1,2],
["em",-1,1],
["en",-1,2],
["ern",-1,1],
["er",-1,1],
["s",-1,3],
["es",5,2],
];
var A_2=[
["en",-1,1],
["er",-1,1],
["st",-1,2],
["est",2,1],
];
var A_3=[
["ig",-1,1],
["lich",-1,1],
];
var A_4=[
["end",-1,1],
["ig",-1,2],
["ung",-1,1],
["lich",-1,3],
["isch",-1,2],
["ik",-1,2],
["heit",-1,3],
["keit",-1,4],
];
var G_v=[17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,0,8,0,32,8];
var G_s_ending=[117,30,5];
var G_st_ending=[117,30,4];
function r_prelude(e,x){
var v_1=e.c;
R0:for(;;){
var v_2=e.c;
L1:for(let i1=0,n1=1;i1<n1;i1++){
L2:for(;;){
var v_3=e.c;
L3:for(;;){
e.bra=e.c;
if(!e.eq_s("ß")){
break L3;
}
e.ket=e.c;
if(!e.slice_from("ss")){
return!1;
}
break L2;
}
e.c=v_3;
if(e.c>=e.l){
break L1;
}
e.next_char();
break L2;
}
continue R0;
}
e.c=v_2;
break R0;
}
e.c=v_1;
R4:for(;;){
var v_4=e.c;
L5:for(let i2=0,n2=1;i2<n2;i2++){
G6:for(;;){
var v_5=e.c;
L7:for(;;){
if(!e.in_grouping(G_v,97,252)){
break L7;
}
e.bra=e.c;
L8:for(;;){
var v_6=e.c;
L9:for(;;){
if(!e.eq_s("u")){
break L9;
}
e.ket=e.c;
if(!e.in_grouping(G_v,97,252)){
break L9;
}
if(!e.slice_from("U")){
return!1;
}
break L8;
}
e.c=v_6;
if(!e.eq_s("y")){
break L7;
}
e.ket=e.c;
if(!e.in_grouping(G_v,97,252)){
break L7;
}
if(!e.slice_from("Y")){
return!1;
}
break L8;
}
e.c=v_5;
break G6;
}
e.c=v_5;
if(e.c>=e.l){
break L5;
}
e.next_char();
}
continue R4;
}
e.c=v_4;
break R4;
}
return!0;
}
function r_mark_regions(e,x){
x.i_p1=e.l;
x.i_p2=e.l;
var v_1=e.c;
var c=e.byte_index_for_hop(3);
if(0>c||c>e.l){
return!1;
}
e.c=c;
x.i_x=e.c;
e.c=v_1;
G0:for(;;){
L1:for(;;){
if(!e.in_grouping(G_v,97,252)){
break L1;
}
break G0;
}
if(e.c>=e.l){
return!1;
}
e.next_char();
}
G2:for(;;){
L3:for(;;){
if(!e.out_grouping(G_v,97,252)){
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
G5:for(;;){
L6:for(;;){
if(!e.in_grouping(G_v,97,252)){
break L6;
}
break G5;
}
if(e.c>=e.l){
return!1;
}
e.next_char();
}
G7:for(;;){
L8:for(;;){
if(!e.out_grouping(G_v,97,252)){
break L8;
}
break G7;
}
if(e.c>=e.l){
return!1;
}
e.next_char();
}
x.i_p2=e.c;
return!0;
}
function r_postlude(e,x){
var a;
R0:for(;;){
var v_1=e.c;
L1:for(let i3=0,n3=1;i3<n3;i3++){
e.bra=e.c;
a=e.find_among(A_0,x);
if(a==0){
break L1;
}
e.ket=e.c;
if(a==0){
break L1;
}else if(a==1){
if(!e.slice_from("y")){
return!1;
}
}else if(a==2){
if(!e.slice_from("u")){
return!1;
}
}else if(a==3){
if(!e.slice_from("a")){
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
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
a=e.find_among_b(A_1,x);
if(a==0){
break L0;
}
e.bra=e.c;
if(!r_R1(e,x)){
break L0;
}
if(a==0){
break L0;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.slice_del()){
return!1;
}
var v_2=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(!e.eq_s_b("s")){
e.c=e.l-v_2;
break L1;
}
e.bra=e.c;
if(!e.eq_s_b("nis")){
e.c=e.l-v_2;
break L1;
}
if(!e.slice_del()){
return!1;
}
break L1;
}
}else if(a==3){
if(!e.in_grouping_b(G_s_ending,98,116)){
break L0;
}
if(!e.slice_del()){
return!1;
}
}
break L0;
}
e.c=e.l-v_1;
var v_3=e.l-e.c;
L2:for(;;){
e.ket=e.c;
a=e.find_among_b(A_2,x);
if(a==0){
break L2;
}
e.bra=e.c;
if(!r_R1(e,x)){
break L2;
}
if(a==0){
break L2;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.in_grouping_b(G_st_ending,98,116)){
break L2;
}
var c=e.byte_index_for_hop(-3);
if(e.lb>c||c>e.l){
break L2;
}
e.c=c;
if(!e.slice_del()){
return!1;
}
}
break L2;
}
e.c=e.l-v_3;
var v_4=e.l-e.c;
L3:for(;;){
e.ket=e.c;
a=e.find_among_b(A_4,x);
if(a==0){
break L3;
}
e.bra=e.c;
if(!r_R2(e,x)){
break L3;
}
if(a==0){
break L3;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
var v_5=e.l-e.c;
L4:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ig")){
e.c=e.l-v_5;
break L4;
}
e.bra=e.c;
var v_6=e.l-e.c;
L5:for(;;){
if(!e.eq_s_b("e")){
break L5;
}
e.c=e.l-v_5;
break L4;
}
e.c=e.l-v_6;
if(!r_R2(e,x)){
e.c=e.l-v_5;
break L4;
}
if(!e.slice_del()){
return!1;
}
break L4;
}
}else if(a==2){
var v_7=e.l-e.c;
L6:for(;;){
if(!e.eq_s_b("e")){
break L6;
}
break L3;
}
e.c=e.l-v_7;
if(!e.slice_del()){
return!1;
}
}else if(a==3){
if(!e.slice_del()){
return!1;
}
var v_8=e.l-e.c;
L7:for(;;){
e.ket=e.c;
L8:for(;;){
var v_9=e.l-e.c;
L9:for(;;){
if(!e.eq_s_b("er")){
break L9;
}
break L8;
}
e.c=e.l-v_9;
if(!e.eq_s_b("en")){
e.c=e.l-v_8;
break L7;
}
break L8;
}
e.bra=e.c;
if(!r_R1(e,x)){
e.c=e.l-v_8;
break L7;
}
if(!e.slice_del()){
return!1;
}
break L7;
}
}else if(a==4){
if(!e.slice_del()){
return!1;
}
var v_10=e.l-e.c;
L10:for(;;){
e.ket=e.c;
a=e.find_among_b(A_3,x);
if(a==0){
e.c=e.l-v_10;
break L10;
}
e.bra=e.c;
if(!r_R2(e,x)){
e.c=e.l-v_10;
break L10;
}
if(a==0){
e.c=e.l-v_10;
break L10;
}else if(a==1){
if(!e.slice_del()){
return!1;
}
}
break L10;
}
}
break L3;
}
e.c=e.l-v_4;
return!0;
}
function snowball(e){
var x={
i_x:0,
i_p2:0,
i_p1:0,
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
if(!r_standard_suffix(e,x)){
break L2;
}
break L2;
}
e.c=e.l-v_3;
e.c=e.lb;
var v_4=e.c;
L3:for(;;){
if(!r_postlude(e,x)){
break L3;
}
break L3;
}
e.c=v_4;
return!0;
}
