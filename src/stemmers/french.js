// The Snowball stemmer for French, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["col",-1,-1],
["par",-1,-1],
["tap",-1,-1],
];
var A_1=[
["",-1,4],
["I",0,1],
["U",0,2],
["Y",0,3],
];
var A_2=[
["iqU",-1,3],
["abl",-1,3],
["Ièr",-1,4],
["ièr",-1,4],
["eus",-1,2],
["iv",-1,1],
];
var A_3=[
["ic",-1,2],
["abil",-1,1],
["iv",-1,3],
];
var A_4=[
["iqUe",-1,1],
["atrice",-1,2],
["ance",-1,1],
["ence",-1,5],
["logie",-1,3],
["able",-1,1],
["isme",-1,1],
["euse",-1,11],
["iste",-1,1],
["ive",-1,8],
["if",-1,8],
["usion",-1,4],
["ation",-1,2],
["ution",-1,4],
["ateur",-1,2],
["iqUes",-1,1],
["atrices",-1,2],
["ances",-1,1],
["ences",-1,5],
["logies",-1,3],
["ables",-1,1],
["ismes",-1,1],
["euses",-1,11],
["istes",-1,1],
["ives",-1,8],
["ifs",-1,8],
["usions",-1,4],
["ations",-1,2],
["utions",-1,4],
["ateurs",-1,2],
["ments",-1,15],
["ements",30,6],
["issements",31,12],
["ités",-1,7],
["ment",-1,15],
["ement",34,6],
["issement",35,12],
["amment",34,13],
["emment",34,14],
["aux",-1,10],
["eaux",39,9],
["eux",-1,1],
["ité",-1,7],
];
var A_5=[
["ira",-1,1],
["ie",-1,1],
["isse",-1,1],
["issante",-1,1],
["i",-1,1],
["irai",4,1],
["ir",-1,1],
["iras",-1,1],
["ies",-1,1],
["îmes",-1,1],
["isses",-1,1],
["issantes",-1,1],
["îtes",-1,1],
["is",-1,1],
["irais",13,1],
["issais",13,1],
["irions",-1,1],
["issions",-1,1],
["irons",-1,1],
["issons",-1,1],
["issants",-1,1],
["it",-1,1],
["irait",21,1],
["issait",21,1],
["issant",-1,1],
["iraIent",-1,1],
["issaIent",-1,1],
["irent",-1,1],
["issent",-1,1],
["iront",-1,1],
["ît",-1,1],
["iriez",-1,1],
["issiez",-1,1],
["irez",-1,1],
["issez",-1,1],
];
var A_6=[
["a",-1,3],
["era",0,2],
["asse",-1,3],
["ante",-1,3],
["ée",-1,2],
["ai",-1,3],
["erai",5,2],
["er",-1,2],
["as",-1,3],
["eras",8,2],
["âmes",-1,3],
["asses",-1,3],
["antes",-1,3],
["âtes",-1,3],
["ées",-1,2],
["ais",-1,3],
["erais",15,2],
["ions",-1,1],
["erions",17,2],
["assions",17,3],
["erons",-1,2],
["ants",-1,3],
["és",-1,2],
["ait",-1,3],
["erait",23,2],
["ant",-1,3],
["aIent",-1,3],
["eraIent",26,2],
["èrent",-1,2],
["assent",-1,3],
["eront",-1,2],
["ât",-1,3],
["ez",-1,2],
["iez",32,2],
["eriez",33,2],
["assiez",33,3],
["erez",32,2],
["é",-1,2],
];
var A_7=[
["e",-1,3],
["Ière",0,2],
["ière",0,2],
["ion",-1,1],
["Ier",-1,2],
["ier",-1,2],
["ë",-1,4],
];
var A_8=[
["ell",-1,-1],
["eill",-1,-1],
["enn",-1,-1],
["onn",-1,-1],
["ett",-1,-1],
];
var G_v=[17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,128,130,103,8,5];
var G_keep_with_s=[1,65,20,0,0,0,0,0,0,0,0,0,0,0,0,0,128];
function r_prelude(e,x){
R0:for(;;){
var v_1=e.c;
L1:for(let i1=0,n1=1;i1<n1;i1++){
G2:for(;;){
var v_2=e.c;
L3:for(;;){
L4:for(;;){
var v_3=e.c;
L5:for(;;){
if(!e.in_grouping(G_v,97,251)){
break L5;
}
e.bra=e.c;
L6:for(;;){
var v_4=e.c;
L7:for(;;){
if(!e.eq_s("u")){
break L7;
}
e.ket=e.c;
if(!e.in_grouping(G_v,97,251)){
break L7;
}
if(!e.slice_from("U")){
return!1;
}
break L6;
}
e.c=v_4;
L8:for(;;){
if(!e.eq_s("i")){
break L8;
}
e.ket=e.c;
if(!e.in_grouping(G_v,97,251)){
break L8;
}
if(!e.slice_from("I")){
return!1;
}
break L6;
}
e.c=v_4;
if(!e.eq_s("y")){
break L5;
}
e.ket=e.c;
if(!e.slice_from("Y")){
return!1;
}
break L6;
}
break L4;
}
e.c=v_3;
L9:for(;;){
e.bra=e.c;
if(!e.eq_s("y")){
break L9;
}
e.ket=e.c;
if(!e.in_grouping(G_v,97,251)){
break L9;
}
if(!e.slice_from("Y")){
return!1;
}
break L4;
}
e.c=v_3;
if(!e.eq_s("q")){
break L3;
}
e.bra=e.c;
if(!e.eq_s("u")){
break L3;
}
e.ket=e.c;
if(!e.slice_from("U")){
return!1;
}
break L4;
}
e.c=v_2;
break G2;
}
e.c=v_2;
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
if(!e.in_grouping(G_v,97,251)){
break L2;
}
if(!e.in_grouping(G_v,97,251)){
break L2;
}
if(e.c>=e.l){
break L2;
}
e.next_char();
break L1;
}
e.c=v_2;
L3:for(;;){
if(e.find_among(A_0,x)==0){
break L3;
}
break L1;
}
e.c=v_2;
if(e.c>=e.l){
break L0;
}
e.next_char();
G4:for(;;){
L5:for(;;){
if(!e.in_grouping(G_v,97,251)){
break L5;
}
break G4;
}
if(e.c>=e.l){
break L0;
}
e.next_char();
}
break L1;
}
x.i_pV=e.c;
break L0;
}
e.c=v_1;
var v_4=e.c;
L6:for(;;){
G7:for(;;){
L8:for(;;){
if(!e.in_grouping(G_v,97,251)){
break L8;
}
break G7;
}
if(e.c>=e.l){
break L6;
}
e.next_char();
}
G9:for(;;){
L10:for(;;){
if(!e.out_grouping(G_v,97,251)){
break L10;
}
break G9;
}
if(e.c>=e.l){
break L6;
}
e.next_char();
}
x.i_p1=e.c;
G11:for(;;){
L12:for(;;){
if(!e.in_grouping(G_v,97,251)){
break L12;
}
break G11;
}
if(e.c>=e.l){
break L6;
}
e.next_char();
}
G13:for(;;){
L14:for(;;){
if(!e.out_grouping(G_v,97,251)){
break L14;
}
break G13;
}
if(e.c>=e.l){
break L6;
}
e.next_char();
}
x.i_p2=e.c;
break L6;
}
e.c=v_4;
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
if(!e.slice_from("i")){
return!1;
}
}else if(a==2){
if(!e.slice_from("u")){
return!1;
}
}else if(a==3){
if(!e.slice_from("y")){
return!1;
}
}else if(a==4){
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
a=e.find_among_b(A_4,x);
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
L1:for(;;){
var v_2=e.l-e.c;
L2:for(;;){
if(!r_R2(e,x)){
break L2;
}
if(!e.slice_del()){
return!1;
}
break L1;
}
e.c=e.l-v_2;
if(!e.slice_from("iqU")){
return!1;
}
break L1;
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
if(!e.slice_from("ent")){
return!1;
}
}else if(a==6){
if(!r_RV(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
var v_3=e.l-e.c;
L3:for(;;){
e.ket=e.c;
a=e.find_among_b(A_2,x);
if(a==0){
e.c=e.l-v_3;
break L3;
}
e.bra=e.c;
if(a==0){
e.c=e.l-v_3;
break L3;
}else if(a==1){
if(!r_R2(e,x)){
e.c=e.l-v_3;
break L3;
}
if(!e.slice_del()){
return!1;
}
e.ket=e.c;
if(!e.eq_s_b("at")){
e.c=e.l-v_3;
break L3;
}
e.bra=e.c;
if(!r_R2(e,x)){
e.c=e.l-v_3;
break L3;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
L4:for(;;){
var v_4=e.l-e.c;
L5:for(;;){
if(!r_R2(e,x)){
break L5;
}
if(!e.slice_del()){
return!1;
}
break L4;
}
e.c=e.l-v_4;
if(!r_R1(e,x)){
e.c=e.l-v_3;
break L3;
}
if(!e.slice_from("eux")){
return!1;
}
break L4;
}
}else if(a==3){
if(!r_R2(e,x)){
e.c=e.l-v_3;
break L3;
}
if(!e.slice_del()){
return!1;
}
}else if(a==4){
if(!r_RV(e,x)){
e.c=e.l-v_3;
break L3;
}
if(!e.slice_from("i")){
return!1;
}
}
break L3;
}
}else if(a==7){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
var v_5=e.l-e.c;
L6:for(;;){
e.ket=e.c;
a=e.find_among_b(A_3,x);
if(a==0){
e.c=e.l-v_5;
break L6;
}
e.bra=e.c;
if(a==0){
e.c=e.l-v_5;
break L6;
}else if(a==1){
L7:for(;;){
var v_6=e.l-e.c;
L8:for(;;){
if(!r_R2(e,x)){
break L8;
}
if(!e.slice_del()){
return!1;
}
break L7;
}
e.c=e.l-v_6;
if(!e.slice_from("abl")){
return!1;
}
break L7;
}
}else if(a==2){
L9:for(;;){
var v_7=e.l-e.c;
L10:for(;;){
if(!r_R2(e,x)){
break L10;
}
if(!e.slice_del()){
return!1;
}
break L9;
}
e.c=e.l-v_7;
if(!e.slice_from("iqU")){
return!1;
}
break L9;
}
}else if(a==3){
if(!r_R2(e,x)){
e.c=e.l-v_5;
break L6;
}
if(!e.slice_del()){
return!1;
}
}
break L6;
}
}else if(a==8){
if(!r_R2(e,x)){
return!1;
}
if(!e.slice_del()){
return!1;
}
var v_8=e.l-e.c;
L11:for(;;){
e.ket=e.c;
if(!e.eq_s_b("at")){
e.c=e.l-v_8;
break L11;
}
e.bra=e.c;
if(!r_R2(e,x)){
e.c=e.l-v_8;
break L11;
}
if(!e.slice_del()){
return!1;
}
e.ket=e.c;
if(!e.eq_s_b("ic")){
e.c=e.l-v_8;
break L11;
}
e.bra=e.c;
L12:for(;;){
var v_9=e.l-e.c;
L13:for(;;){
if(!r_R2(e,x)){
break L13;
}
if(!e.slice_del()){
return!1;
}
break L12;
}
e.c=e.l-v_9;
if(!e.slice_from("iqU")){
return!1;
}
break L12;
}
break L11;
}
}else if(a==9){
if(!e.slice_from("eau")){
return!1;
}
}else if(a==10){
if(!r_R1(e,x)){
return!1;
}
if(!e.slice_from("al")){
return!1;
}
}else if(a==11){
L14:for(;;){
var v_10=e.l-e.c;
L15:for(;;){
if(!r_R2(e,x)){
break L15;
}
if(!e.slice_del()){
return!1;
}
break L14;
}
e.c=e.l-v_10;
if(!r_R1(e,x)){
return!1;
}
if(!e.slice_from("eux")){
return!1;
}
break L14;
}
}else if(a==12){
if(!r_R1(e,x)){
return!1;
}
if(!e.out_grouping_b(G_v,97,251)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==13){
if(!r_RV(e,x)){
return!1;
}
if(!e.slice_from("ant")){
return!1;
}
return!1;
}else if(a==14){
if(!r_RV(e,x)){
return!1;
}
if(!e.slice_from("ent")){
return!1;
}
return!1;
}else if(a==15){
var v_11=e.l-e.c;
if(!e.in_grouping_b(G_v,97,251)){
return!1;
}
if(!r_RV(e,x)){
return!1;
}
e.c=e.l-v_11;
if(!e.slice_del()){
return!1;
}
return!1;
}
return!0;
}
function r_i_verb_suffix(e,x){
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
a=e.find_among_b(A_5,x);
if(a==0){
e.lb=v_2;
return!1;
}
e.bra=e.c;
if(a==0){
e.lb=v_2;
return!1;
}else if(a==1){
if(!e.out_grouping_b(G_v,97,251)){
e.lb=v_2;
return!1;
}
if(!e.slice_del()){
return!1;
}
}
e.lb=v_2;
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
if(!r_R2(e,x)){
e.lb=v_2;
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.slice_del()){
return!1;
}
}else if(a==3){
if(!e.slice_del()){
return!1;
}
var v_3=e.l-e.c;
L0:for(;;){
e.ket=e.c;
if(!e.eq_s_b("e")){
e.c=e.l-v_3;
break L0;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L0;
}
}
e.lb=v_2;
return!0;
}
function r_residual_suffix(e,x){
var a;
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
if(!e.eq_s_b("s")){
e.c=e.l-v_1;
break L0;
}
e.bra=e.c;
var v_2=e.l-e.c;
if(!e.out_grouping_b(G_keep_with_s,97,232)){
e.c=e.l-v_1;
break L0;
}
e.c=e.l-v_2;
if(!e.slice_del()){
return!1;
}
break L0;
}
var v_3=e.l-e.c;
if(e.c<x.i_pV){
return!1;
}
e.c=x.i_pV;
var v_4=e.lb;
e.lb=e.c;
e.c=e.l-v_3;
e.ket=e.c;
a=e.find_among_b(A_7,x);
if(a==0){
e.lb=v_4;
return!1;
}
e.bra=e.c;
if(a==0){
e.lb=v_4;
return!1;
}else if(a==1){
if(!r_R2(e,x)){
e.lb=v_4;
return!1;
}
L1:for(;;){
var v_5=e.l-e.c;
L2:for(;;){
if(!e.eq_s_b("s")){
break L2;
}
break L1;
}
e.c=e.l-v_5;
if(!e.eq_s_b("t")){
e.lb=v_4;
return!1;
}
break L1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!e.slice_from("i")){
return!1;
}
}else if(a==3){
if(!e.slice_del()){
return!1;
}
}else if(a==4){
if(!e.eq_s_b("gu")){
e.lb=v_4;
return!1;
}
if(!e.slice_del()){
return!1;
}
}
e.lb=v_4;
return!0;
}
function r_un_double(e,x){
var v_1=e.l-e.c;
if(e.find_among_b(A_8,x)==0){
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
function r_un_accent(e,x){
var v_1=1;
R0:for(;;){
L1:for(let i3=0,n3=1;i3<n3;i3++){
if(!e.out_grouping_b(G_v,97,251)){
break L1;
}
v_1-=1;
continue R0;
}
break R0;
}
if(v_1>0){
return!1;
}
e.ket=e.c;
L2:for(;;){
var v_3=e.l-e.c;
L3:for(;;){
if(!e.eq_s_b("é")){
break L3;
}
break L2;
}
e.c=e.l-v_3;
if(!e.eq_s_b("è")){
return!1;
}
break L2;
}
e.bra=e.c;
if(!e.slice_from("e")){
return!1;
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
L7:for(;;){
if(!r_i_verb_suffix(e,x)){
break L7;
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
L8:for(;;){
e.ket=e.c;
L9:for(;;){
var v_8=e.l-e.c;
L10:for(;;){
if(!e.eq_s_b("Y")){
break L10;
}
e.bra=e.c;
if(!e.slice_from("i")){
return!1;
}
break L9;
}
e.c=e.l-v_8;
if(!e.eq_s_b("ç")){
e.c=e.l-v_7;
break L8;
}
e.bra=e.c;
if(!e.slice_from("c")){
return!1;
}
break L9;
}
break L8;
}
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
L11:for(;;){
if(!r_un_double(e,x)){
break L11;
}
break L11;
}
e.c=e.l-v_9;
var v_10=e.l-e.c;
L12:for(;;){
if(!r_un_accent(e,x)){
break L12;
}
break L12;
}
e.c=e.l-v_10;
e.c=e.lb;
var v_11=e.c;
L13:for(;;){
if(!r_postlude(e,x)){
break L13;
}
break L13;
}
e.c=v_11;
return!0;
}
