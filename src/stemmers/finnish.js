// The Snowball stemmer for Finnish, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["pa",-1,1],
["sti",-1,2],
["kaan",-1,1],
["han",-1,1],
["kin",-1,1],
["hän",-1,1],
["kään",-1,1],
["ko",-1,1],
["pä",-1,1],
["kö",-1,1],
];
var A_1=[
["lla",-1,-1],
["na",-1,-1],
["ssa",-1,-1],
["ta",-1,-1],
["lta",3,-1],
["sta",3,-1],
];
var A_2=[
["llä",-1,-1],
["nä",-1,-1],
["ssä",-1,-1],
["tä",-1,-1],
["ltä",3,-1],
["stä",3,-1],
];
var A_3=[
["lle",-1,-1],
["ine",-1,-1],
];
var A_4=[
["nsa",-1,3],
["mme",-1,3],
["nne",-1,3],
["ni",-1,2],
["si",-1,1],
["an",-1,4],
["en",-1,6],
["än",-1,5],
["nsä",-1,3],
];
var A_5=[
["aa",-1,-1],
["ee",-1,-1],
["ii",-1,-1],
["oo",-1,-1],
["uu",-1,-1],
["ää",-1,-1],
["öö",-1,-1],
];
var A_6=[
["a",-1,8],
["lla",0,-1],
["na",0,-1],
["ssa",0,-1],
["ta",0,-1],
["lta",4,-1],
["sta",4,-1],
["tta",4,9],
["lle",-1,-1],
["ine",-1,-1],
["ksi",-1,-1],
["n",-1,7],
["han",11,1],
["den",11,-1,r_VI],
["seen",11,-1,r_LONG],
["hen",11,2],
["tten",11,-1,r_VI],
["hin",11,3],
["siin",11,-1,r_VI],
["hon",11,4],
["hän",11,5],
["hön",11,6],
["ä",-1,8],
["llä",22,-1],
["nä",22,-1],
["ssä",22,-1],
["tä",22,-1],
["ltä",26,-1],
["stä",26,-1],
["ttä",26,9],
];
var A_7=[
["eja",-1,-1],
["mma",-1,1],
["imma",1,-1],
["mpa",-1,1],
["impa",3,-1],
["mmi",-1,1],
["immi",5,-1],
["mpi",-1,1],
["impi",7,-1],
["ejä",-1,-1],
["mmä",-1,1],
["immä",10,-1],
["mpä",-1,1],
["impä",12,-1],
];
var A_8=[
["i",-1,-1],
["j",-1,-1],
];
var A_9=[
["mma",-1,1],
["imma",0,-1],
];
var G_AEI=[17,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8];
var G_V1=[17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,0,8,0,32];
var G_V2=[17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,32];
var G_particle_end=[17,97,24,1,0,0,0,0,0,0,0,0,0,0,0,0,8,0,32];
function r_mark_regions(e,x){
x.i_p1=e.l;
x.i_p2=e.l;
G0:for(;;){
var v_1=e.c;
L1:for(;;){
if(!e.in_grouping(G_V1,97,246)){
break L1;
}
e.c=v_1;
break G0;
}
e.c=v_1;
if(e.c>=e.l){
return!1;
}
e.next_char();
}
G2:for(;;){
L3:for(;;){
if(!e.out_grouping(G_V1,97,246)){
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
G4:for(;;){
var v_3=e.c;
L5:for(;;){
if(!e.in_grouping(G_V1,97,246)){
break L5;
}
e.c=v_3;
break G4;
}
e.c=v_3;
if(e.c>=e.l){
return!1;
}
e.next_char();
}
G6:for(;;){
L7:for(;;){
if(!e.out_grouping(G_V1,97,246)){
break L7;
}
break G6;
}
if(e.c>=e.l){
return!1;
}
e.next_char();
}
x.i_p2=e.c;
return!0;
}
function r_R2(e,x){
if(!(x.i_p2<=e.c)){
return!1;
}
return!0;
}
function r_particle_etc(e,x){
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
if(!e.in_grouping_b(G_particle_end,97,246)){
return!1;
}
}else if(a==2){
if(!r_R2(e,x)){
return!1;
}
}
if(!e.slice_del()){
return!1;
}
return!0;
}
function r_possessive(e,x){
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
a=e.find_among_b(A_4,x);
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
if(!e.eq_s_b("k")){
break L0;
}
return!1;
}
e.c=e.l-v_3;
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.slice_del()){
return!1;
}
e.ket=e.c;
if(!e.eq_s_b("kse")){
return!1;
}
e.bra=e.c;
if(!e.slice_from("ksi")){
return!1;
}
}else if(a==3){
if(!e.slice_del()){
return!1;
}
}else if(a==4){
if(e.find_among_b(A_1,x)==0){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==5){
if(e.find_among_b(A_2,x)==0){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==6){
if(e.find_among_b(A_3,x)==0){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_LONG(e,x){
if(e.find_among_b(A_5,x)==0){
return!1;
}
return!0;
}
function r_VI(e,x){
if(!e.eq_s_b("i")){
return!1;
}
if(!e.in_grouping_b(G_V2,97,246)){
return!1;
}
return!0;
}
function r_case_ending(e,x){
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
a=e.find_among_b(A_6,x);
if(a==0){
e.lb=v_2;
return!1;
}
e.bra=e.c;
e.lb=v_2;
if(a==0){
return!1;
}else if(a==1){
if(!e.eq_s_b("a")){
return!1;
}
}else if(a==2){
if(!e.eq_s_b("e")){
return!1;
}
}else if(a==3){
if(!e.eq_s_b("i")){
return!1;
}
}else if(a==4){
if(!e.eq_s_b("o")){
return!1;
}
}else if(a==5){
if(!e.eq_s_b("ä")){
return!1;
}
}else if(a==6){
if(!e.eq_s_b("ö")){
return!1;
}
}else if(a==7){
var v_3=e.l-e.c;
L0:for(;;){
var v_4=e.l-e.c;
L1:for(;;){
var v_5=e.l-e.c;
L2:for(;;){
if(!r_LONG(e,x)){
break L2;
}
break L1;
}
e.c=e.l-v_5;
if(!e.eq_s_b("ie")){
e.c=e.l-v_3;
break L0;
}
break L1;
}
e.c=e.l-v_4;
if(e.c<=e.lb){
e.c=e.l-v_3;
break L0;
}
e.previous_char();
e.bra=e.c;
break L0;
}
}else if(a==8){
if(!e.in_grouping_b(G_V1,97,246)){
return!1;
}
if(!e.out_grouping_b(G_V1,97,246)){
return!1;
}
}else if(a==9){
if(!e.eq_s_b("e")){
return!1;
}
}
if(!e.slice_del()){
return!1;
}
x.b_ending_removed=true;
return!0;
}
function r_other_endings(e,x){
var a;
var v_1=e.l-e.c;
if(e.c<x.i_p2){
return!1;
}
e.c=x.i_p2;
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
var v_3=e.l-e.c;
L0:for(;;){
if(!e.eq_s_b("po")){
break L0;
}
return!1;
}
e.c=e.l-v_3;
}
if(!e.slice_del()){
return!1;
}
return!0;
}
function r_i_plural(e,x){
var v_1=e.l-e.c;
if(e.c<x.i_p1){
return!1;
}
e.c=x.i_p1;
var v_2=e.lb;
e.lb=e.c;
e.c=e.l-v_1;
e.ket=e.c;
if(e.find_among_b(A_8,x)==0){
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
function r_t_plural(e,x){
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
if(!e.eq_s_b("t")){
e.lb=v_2;
return!1;
}
e.bra=e.c;
var v_3=e.l-e.c;
if(!e.in_grouping_b(G_V1,97,246)){
e.lb=v_2;
return!1;
}
e.c=e.l-v_3;
if(!e.slice_del()){
return!1;
}
e.lb=v_2;
var v_4=e.l-e.c;
if(e.c<x.i_p2){
return!1;
}
e.c=x.i_p2;
var v_5=e.lb;
e.lb=e.c;
e.c=e.l-v_4;
e.ket=e.c;
a=e.find_among_b(A_9,x);
if(a==0){
e.lb=v_5;
return!1;
}
e.bra=e.c;
e.lb=v_5;
if(a==0){
return!1;
}else if(a==1){
var v_6=e.l-e.c;
L0:for(;;){
if(!e.eq_s_b("po")){
break L0;
}
return!1;
}
e.c=e.l-v_6;
}
if(!e.slice_del()){
return!1;
}
return!0;
}
function r_tidy(e,x){
var v_1=e.l-e.c;
if(e.c<x.i_p1){
return!1;
}
e.c=x.i_p1;
var v_2=e.lb;
e.lb=e.c;
e.c=e.l-v_1;
var v_3=e.l-e.c;
L0:for(;;){
var v_4=e.l-e.c;
if(!r_LONG(e,x)){
break L0;
}
e.c=e.l-v_4;
e.ket=e.c;
if(e.c<=e.lb){
break L0;
}
e.previous_char();
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L0;
}
e.c=e.l-v_3;
var v_5=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(!e.in_grouping_b(G_AEI,97,228)){
break L1;
}
e.bra=e.c;
if(!e.out_grouping_b(G_V1,97,246)){
break L1;
}
if(!e.slice_del()){
return!1;
}
break L1;
}
e.c=e.l-v_5;
var v_6=e.l-e.c;
L2:for(;;){
e.ket=e.c;
if(!e.eq_s_b("j")){
break L2;
}
e.bra=e.c;
L3:for(;;){
var v_7=e.l-e.c;
L4:for(;;){
if(!e.eq_s_b("o")){
break L4;
}
break L3;
}
e.c=e.l-v_7;
if(!e.eq_s_b("u")){
break L2;
}
break L3;
}
if(!e.slice_del()){
return!1;
}
break L2;
}
e.c=e.l-v_6;
var v_8=e.l-e.c;
L5:for(;;){
e.ket=e.c;
if(!e.eq_s_b("o")){
break L5;
}
e.bra=e.c;
if(!e.eq_s_b("j")){
break L5;
}
if(!e.slice_del()){
return!1;
}
break L5;
}
e.c=e.l-v_8;
e.lb=v_2;
G6:for(;;){
var v_9=e.l-e.c;
L7:for(;;){
if(!e.out_grouping_b(G_V1,97,246)){
break L7;
}
e.c=e.l-v_9;
break G6;
}
e.c=e.l-v_9;
if(e.c<=e.lb){
return!1;
}
e.previous_char();
}
e.ket=e.c;
if(e.c<=e.lb){
return!1;
}
e.previous_char();
e.bra=e.c;
x.S_x=e.slice_to();
if((x.S_x.length===0)){
return!1;
}
if(!e.eq_s_b(x.S_x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
return!0;
}
function snowball(e){
var x={
b_ending_removed:false,
S_x:[],
i_p2:0,
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
x.b_ending_removed=false;
e.lb=e.c;
e.c=e.l;
var v_2=e.l-e.c;
L1:for(;;){
if(!r_particle_etc(e,x)){
break L1;
}
break L1;
}
e.c=e.l-v_2;
var v_3=e.l-e.c;
L2:for(;;){
if(!r_possessive(e,x)){
break L2;
}
break L2;
}
e.c=e.l-v_3;
var v_4=e.l-e.c;
L3:for(;;){
if(!r_case_ending(e,x)){
break L3;
}
break L3;
}
e.c=e.l-v_4;
var v_5=e.l-e.c;
L4:for(;;){
if(!r_other_endings(e,x)){
break L4;
}
break L4;
}
e.c=e.l-v_5;
L5:for(;;){
var v_6=e.l-e.c;
L6:for(;;){
if(!x.b_ending_removed){
break L6;
}
var v_7=e.l-e.c;
L7:for(;;){
if(!r_i_plural(e,x)){
break L7;
}
break L7;
}
e.c=e.l-v_7;
break L5;
}
e.c=e.l-v_6;
var v_8=e.l-e.c;
L8:for(;;){
if(!r_t_plural(e,x)){
break L8;
}
break L8;
}
e.c=e.l-v_8;
break L5;
}
var v_9=e.l-e.c;
L9:for(;;){
if(!r_tidy(e,x)){
break L9;
}
break L9;
}
e.c=e.l-v_9;
e.c=e.lb;
return!0;
}
