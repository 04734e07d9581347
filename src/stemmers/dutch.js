// The Snowball stemmer for Dutch, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["",-1,6],
["á",0,1],
["ä",0,1],
["é",0,2],
["ë",0,2],
["í",0,3],
["ï",0,3],
["ó",0,4],
["ö",0,4],
["ú",0,5],
["ü",0,5],
];
var A_1=[
["",-1,3],
["I",0,2],
["Y",0,1],
];
var A_2=[
["dd",-1,-1],
["kk",-1,-1],
["tt",-1,-1],
];
var A_3=[
["ene",-1,2],
["se",-1,3],
["en",-1,2],
["heden",2,1],
["s",-1,3],
];
var A_4=[
["end",-1,1],
["ig",-1,2],
["ing",-1,1],
["lijk",-1,3],
["baar",-1,4],
["bar",-1,5],
];
var A_5=[
["aa",-1,-1],
["ee",-1,-1],
["oo",-1,-1],
["uu",-1,-1],
];
var G_v=[17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,0,128];
var G_v_I=[1,0,0,17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,0,128];
var G_v_j=[17,67,16,1,0,0,0,0,0,0,0,0,0,0,0,0,128];
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
e.c=v_2;
break R0;
}
e.c=v_1;
var v_3=e.c;
L2:for(;;){
e.bra=e.c;
if(!e.eq_s("y")){
e.c=v_3;
break L2;
}
e.ket=e.c;
if(!e.slice_from("Y")){
return!1;
}
break L2;
}
R3:for(;;){
var v_4=e.c;
L4:for(let i2=0,n2=1;i2<n2;i2++){
G5:for(;;){
var v_5=e.c;
L6:for(;;){
if(!e.in_grouping(G_v,97,232)){
break L6;
}
e.bra=e.c;
L7:for(;;){
var v_6=e.c;
L8:for(;;){
if(!e.eq_s("i")){
break L8;
}
e.ket=e.c;
if(!e.in_grouping(G_v,97,232)){
break L8;
}
if(!e.slice_from("I")){
return!1;
}
break L7;
}
e.c=v_6;
if(!e.eq_s("y")){
break L6;
}
e.ket=e.c;
if(!e.slice_from("Y")){
return!1;
}
break L7;
}
e.c=v_5;
break G5;
}
e.c=v_5;
if(e.c>=e.l){
break L4;
}
e.next_char();
}
continue R3;
}
e.c=v_4;
break R3;
}
return!0;
}
function r_mark_regions(e,x){
x.i_p1=e.l;
x.i_p2=e.l;
G0:for(;;){
L1:for(;;){
if(!e.in_grouping(G_v,97,232)){
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
if(!e.out_grouping(G_v,97,232)){
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
if(!(x.i_p1<3)){
break L4;
}
x.i_p1=3;
break L4;
}
G5:for(;;){
L6:for(;;){
if(!e.in_grouping(G_v,97,232)){
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
if(!e.out_grouping(G_v,97,232)){
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
a=e.find_among(A_1,x);
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
if(!e.slice_from("i")){
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
function r_undouble(e,x){
var v_1=e.l-e.c;
if(e.find_among_b(A_2,x)==0){
return!1;
}
e.c=e.l-v_1;
e.ket=e.c;
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
function r_e_ending(e,x){
x.b_e_found=false;
e.ket=e.c;
if(!e.eq_s_b("e")){
return!1;
}
e.bra=e.c;
if(!r_R1(e,x)){
return!1;
}
var v_1=e.l-e.c;
if(!e.out_grouping_b(G_v,97,232)){
return!1;
}
e.c=e.l-v_1;
if(!e.slice_del()){
return!1;
}
x.b_e_found=true;
if(!r_undouble(e,x)){
return!1;
}
return!0;
}
function r_en_ending(e,x){
if(!r_R1(e,x)){
return!1;
}
var v_1=e.l-e.c;
if(!e.out_grouping_b(G_v,97,232)){
return!1;
}
e.c=e.l-v_1;
var v_2=e.l-e.c;
L0:for(;;){
if(!e.eq_s_b("gem")){
break L0;
}
return!1;
}
e.c=e.l-v_2;
if(!e.slice_del()){
return!1;
}
if(!r_undouble(e,x)){
return!1;
}
return!0;
}
function r_standard_suffix(e,x){
var a;
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
a=e.find_among_b(A_3,x);
if(a==0){
break L0;
}
e.bra=e.c;
if(a==0){
break L0;
}else if(a==1){
if(!r_R1(e,x)){
break L0;
}
if(!e.slice_from("heid")){
return!1;
}
}else if(a==2){
if(!r_en_ending(e,x)){
break L0;
}
}else if(a==3){
if(!r_R1(e,x)){
break L0;
}
if(!e.out_grouping_b(G_v_j,97,232)){
break L0;
}
if(!e.slice_del()){
return!1;
}
}
break L0;
}
e.c=e.l-v_1;
var v_2=e.l-e.c;
L1:for(;;){
if(!r_e_ending(e,x)){
break L1;
}
break L1;
}
e.c=e.l-v_2;
var v_3=e.l-e.c;
L2:for(;;){
e.ket=e.c;
if(!e.eq_s_b("heid")){
break L2;
}
e.bra=e.c;
if(!r_R2(e,x)){
break L2;
}
var v_4=e.l-e.c;
L3:for(;;){
if(!e.eq_s_b("c")){
break L3;
}
break L2;
}
e.c=e.l-v_4;
if(!e.slice_del()){
return!1;
}
e.ket=e.c;
if(!e.eq_s_b("en")){
break L2;
}
e.bra=e.c;
if(!r_en_ending(e,x)){
break L2;
}
break L2;
}
e.c=e.l-v_3;
var v_5=e.l-e.c;
L4:for(;;){
e.ket=e.c;
a=e.find_among_b(A_4,x);
if(a==0){
break L4;
}
e.bra=e.c;
if(a==0){
break L4;
}else if(a==1){
if(!r_R2(e,x)){
break L4;
}
if(!e.slice_del()){
return!1;
}
L5:for(;;){
var v_6=e.l-e.c;
L6:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ig")){
break L6;
}
e.bra=e.c;
if(!r_R2(e,x)){
break L6;
}
var v_7=e.l-e.c;
L7:for(;;){
if(!e.eq_s_b("e")){
break L7;
}
break L6;
}
e.c=e.l-v_7;
if(!e.slice_del()){
return!1;
}
break L5;
}
e.c=e.l-v_6;
if(!r_undouble(e,x)){
break L4;
}
break L5;
}
}else if(a==2){
if(!r_R2(e,x)){
break L4;
}
var v_8=e.l-e.c;
L8:for(;;){
if(!e.eq_s_b("e")){
break L8;
}
break L4;
}
e.c=e.l-v_8;
if(!e.slice_del()){
return!1;
}
}else if(a==3){
if(!r_R2(e,x)){
break L4;
}
if(!e.slice_del()){
return!1;
}
if(!r_e_ending(e,x)){
break L4;
}
}else if(a==4){
if(!r_R2(e,x)){
break L4;
}
if(!e.slice_del()){
return!1;
}
}else if(a==5){
if(!r_R2(e,x)){
break L4;
}
if(!x.b_e_found){
break L4;
}
if(!e.slice_del()){
return!1;
}
}
break L4;
}
e.c=e.l-v_5;
var v_9=e.l-e.c;
L9:for(;;){
if(!e.out_grouping_b(G_v_I,73,232)){
break L9;
}
var v_10=e.l-e.c;
if(e.find_among_b(A_5,x)==0){
break L9;
}
if(!e.out_grouping_b(G_v,97,232)){
break L9;
}
e.c=e.l-v_10;
e.ket=e.c;
if(e.c<=e.lb){
break L9;
}
e.previous_char();
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L9;
}
e.c=e.l-v_9;
return!0;
}
function snowball(e){
var x={
i_p2:0,
i_p1:0,
b_e_found:false,
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
