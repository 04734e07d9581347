// The Snowball stemmer for Turkish, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["m",-1,-1],
["n",-1,-1],
["miz",-1,-1],
["niz",-1,-1],
["muz",-1,-1],
["nuz",-1,-1],
["mız",-1,-1],
["nız",-1,-1],
["müz",-1,-1],
["nüz",-1,-1],
];
var A_1=[
["leri",-1,-1],
["ları",-1,-1],
];
var A_2=[
["ni",-1,-1],
["nu",-1,-1],
["nı",-1,-1],
["nü",-1,-1],
];
var A_3=[
["in",-1,-1],
["un",-1,-1],
["ın",-1,-1],
["ün",-1,-1],
];
var A_4=[
["a",-1,-1],
["e",-1,-1],
];
var A_5=[
["na",-1,-1],
["ne",-1,-1],
];
var A_6=[
["da",-1,-1],
["ta",-1,-1],
["de",-1,-1],
["te",-1,-1],
];
var A_7=[
["nda",-1,-1],
["nde",-1,-1],
];
var A_8=[
["dan",-1,-1],
["tan",-1,-1],
["den",-1,-1],
["ten",-1,-1],
];
var A_9=[
["ndan",-1,-1],
["nden",-1,-1],
];
var A_10=[
["la",-1,-1],
["le",-1,-1],
];
var A_11=[
["ca",-1,-1],
["ce",-1,-1],
];
var A_12=[
["im",-1,-1],
["um",-1,-1],
["ım",-1,-1],
["üm",-1,-1],
];
var A_13=[
["sin",-1,-1],
["sun",-1,-1],
["sın",-1,-1],
["sün",-1,-1],
];
var A_14=[
["iz",-1,-1],
["uz",-1,-1],
["ız",-1,-1],
["üz",-1,-1],
];
var A_15=[
["siniz",-1,-1],
["sunuz",-1,-1],
["sınız",-1,-1],
["sünüz",-1,-1],
];
var A_16=[
["lar",-1,-1],
["ler",-1,-1],
];
var A_17=[
["niz",-1,-1],
["nuz",-1,-1],
["nız",-1,-1],
["nüz",-1,-1],
];
var A_18=[
["dir",-1,-1],
["tir",-1,-1],
["dur",-1,-1],
["tur",-1,-1],
["dır",-1,-1],
["tır",-1,-1],
["dür",-1,-1],
["tür",-1,-1],
];
var A_19=[
["casına",-1,-1],
["cesine",-1,-1],
];
var A_20=[
["di",-1,-1],
["ti",-1,-1],
["dik",-1,-1],
["tik",-1,-1],
["duk",-1,-1],
["tuk",-1,-1],
["dık",-1,-1],
["tık",-1,-1],
["dük",-1,-1],
["tük",-1,-1],
["dim",-1,-1],
["tim",-1,-1],
["dum",-1,-1],
["tum",-1,-1],
["dım",-1,-1],
["tım",-1,-1],
["düm",-1,-1],
["tüm",-1,-1],
["din",-1,-1],
["tin",-1,-1],
["dun",-1,-1],
["tun",-1,-1],
["dın",-1,-1],
["tın",-1,-1],
["dün",-1,-1],
["tün",-1,-1],
["du",-1,-1],
["tu",-1,-1],
["dı",-1,-1],
["tı",-1,-1],
["dü",-1,-1],
["tü",-1,-1],
];
var A_21=[
["sa",-1,-1],
["se",-1,-1],
["sak",-1,-1],
["sek",-1,-1],
["sam",-1,-1],
["sem",-1,-1],
["san",-1,-1],
["sen",-1,-1],
];
var A_22=[
["miş",-1,-1],
["muş",-1,-1],
["mış",-1,-1],
["müş",-1,-1],
];
var A_23=[
["b",-1,1],
["c",-1,2],
["d",-1,3],
["ğ",-1,4],
];
var G_vowel=[17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,32,8,0,0,0,0,0,0,1];
var G_U=[1,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,1];
var G_vowel1=[1,64,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1];
var G_vowel2=[17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,130];
var G_vowel3=[1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1];
var G_vowel4=[17];
var G_vowel5=[65];
var G_vowel6=[65];
function r_check_vowel_harmony(e,x){
var v_1=e.l-e.c;
G0:for(;;){
var v_2=e.l-e.c;
L1:for(;;){
if(!e.in_grouping_b(G_vowel,97,305)){
break L1;
}
e.c=e.l-v_2;
break G0;
}
e.c=e.l-v_2;
if(e.c<=e.lb){
return!1;
}
e.previous_char();
}
L2:for(;;){
var v_3=e.l-e.c;
L3:for(;;){
if(!e.eq_s_b("a")){
break L3;
}
G4:for(;;){
var v_4=e.l-e.c;
L5:for(;;){
if(!e.in_grouping_b(G_vowel1,97,305)){
break L5;
}
e.c=e.l-v_4;
break G4;
}
e.c=e.l-v_4;
if(e.c<=e.lb){
break L3;
}
e.previous_char();
}
break L2;
}
e.c=e.l-v_3;
L6:for(;;){
if(!e.eq_s_b("e")){
break L6;
}
G7:for(;;){
var v_5=e.l-e.c;
L8:for(;;){
if(!e.in_grouping_b(G_vowel2,101,252)){
break L8;
}
e.c=e.l-v_5;
break G7;
}
e.c=e.l-v_5;
if(e.c<=e.lb){
break L6;
}
e.previous_char();
}
break L2;
}
e.c=e.l-v_3;
L9:for(;;){
if(!e.eq_s_b("ı")){
break L9;
}
G10:for(;;){
var v_6=e.l-e.c;
L11:for(;;){
if(!e.in_grouping_b(G_vowel3,97,305)){
break L11;
}
e.c=e.l-v_6;
break G10;
}
e.c=e.l-v_6;
if(e.c<=e.lb){
break L9;
}
e.previous_char();
}
break L2;
}
e.c=e.l-v_3;
L12:for(;;){
if(!e.eq_s_b("i")){
break L12;
}
G13:for(;;){
var v_7=e.l-e.c;
L14:for(;;){
if(!e.in_grouping_b(G_vowel4,101,105)){
break L14;
}
e.c=e.l-v_7;
break G13;
}
e.c=e.l-v_7;
if(e.c<=e.lb){
break L12;
}
e.previous_char();
}
break L2;
}
e.c=e.l-v_3;
L15:for(;;){
if(!e.eq_s_b("o")){
break L15;
}
G16:for(;;){
var v_8=e.l-e.c;
L17:for(;;){
if(!e.in_grouping_b(G_vowel5,111,117)){
break L17;
}
e.c=e.l-v_8;
break G16;
}
e.c=e.l-v_8;
if(e.c<=e.lb){
break L15;
}
e.previous_char();
}
break L2;
}
e.c=e.l-v_3;
L18:for(;;){
if(!e.eq_s_b("ö")){
break L18;
}
G19:for(;;){
var v_9=e.l-e.c;
L20:for(;;){
if(!e.in_grouping_b(G_vowel6,246,252)){
break L20;
}
e.c=e.l-v_9;
break G19;
}
e.c=e.l-v_9;
if(e.c<=e.lb){
break L18;
}
e.previous_char();
}
break L2;
}
e.c=e.l-v_3;
L21:for(;;){
if(!e.eq_s_b("u")){
break L21;
}
G22:for(;;){
var v_10=e.l-e.c;
L23:for(;;){
if(!e.in_grouping_b(G_vowel5,111,117)){
break L23;
}
e.c=e.l-v_10;
break G22;
}
e.c=e.l-v_10;
if(e.c<=e.lb){
break L21;
}
e.previous_char();
}
break L2;
}
e.c=e.l-v_3;
if(!e.eq_s_b("ü")){
return!1;
}
G24:for(;;){
var v_11=e.l-e.c;
L25:for(;;){
if(!e.in_grouping_b(G_vowel6,246,252)){
break L25;
}
e.c=e.l-v_11;
break G24;
}
e.c=e.l-v_11;
if(e.c<=e.lb){
return!1;
}
e.previous_char();
}
break L2;
}
e.c=e.l-v_1;
return!0;
}
function r_mark_suffix_with_optional_n_consonant(e,x){
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
if(!e.eq_s_b("n")){
break L1;
}
var v_2=e.l-e.c;
if(!e.in_grouping_b(G_vowel,97,305)){
break L1;
}
e.c=e.l-v_2;
break L0;
}
e.c=e.l-v_1;
var v_3=e.l-e.c;
L2:for(;;){
var v_4=e.l-e.c;
if(!e.eq_s_b("n")){
break L2;
}
e.c=e.l-v_4;
return!1;
}
e.c=e.l-v_3;
var v_5=e.l-e.c;
if(e.c<=e.lb){
return!1;
}
e.previous_char();
if(!e.in_grouping_b(G_vowel,97,305)){
return!1;
}
e.c=e.l-v_5;
break L0;
}
return!0;
}
function r_mark_suffix_with_optional_s_consonant(e,x){
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
if(!e.eq_s_b("s")){
break L1;
}
var v_2=e.l-e.c;
if(!e.in_grouping_b(G_vowel,97,305)){
break L1;
}
e.c=e.l-v_2;
break L0;
}
e.c=e.l-v_1;
var v_3=e.l-e.c;
L2:for(;;){
var v_4=e.l-e.c;
if(!e.eq_s_b("s")){
break L2;
}
e.c=e.l-v_4;
return!1;
}
e.c=e.l-v_3;
var v_5=e.l-e.c;
if(e.c<=e.lb){
return!1;
}
e.previous_char();
if(!e.in_grouping_b(G_vowel,97,305)){
return!1;
}
e.c=e.l-v_5;
break L0;
}
return!0;
}
function r_mark_suffix_with_optional_y_consonant(e,x){
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
if(!e.eq_s_b("y")){
break L1;
}
var v_2=e.l-e.c;
if(!e.in_grouping_b(G_vowel,97,305)){
break L1;
}
e.c=e.l-v_2;
break L0;
}
e.c=e.l-v_1;
var v_3=e.l-e.c;
L2:for(;;){
var v_4=e.l-e.c;
if(!e.eq_s_b("y")){
break L2;
}
e.c=e.l-v_4;
return!1;
}
e.c=e.l-v_3;
var v_5=e.l-e.c;
if(e.c<=e.lb){
return!1;
}
e.previous_char();
if(!e.in_grouping_b(G_vowel,97,305)){
return!1;
}
e.c=e.l-v_5;
break L0;
}
return!0;
}
function r_mark_suffix_with_optional_U_vowel(e,x){
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
if(!e.in_grouping_b(G_U,105,305)){
break L1;
}
var v_2=e.l-e.c;
if(!e.out_grouping_b(G_vowel,97,305)){
break L1;
}
e.c=e.l-v_2;
break L0;
}
e.c=e.l-v_1;
var v_3=e.l-e.c;
L2:for(;;){
var v_4=e.l-e.c;
if(!e.in_grouping_b(G_U,105,305)){
break L2;
}
e.c=e.l-v_4;
return!1;
}
e.c=e.l-v_3;
var v_5=e.l-e.c;
if(e.c<=e.lb){
return!1;
}
e.previous_char();
if(!e.out_grouping_b(G_vowel,97,305)){
return!1;
}
e.c=e.l-v_5;
break L0;
}
return!0;
}
function r_mark_possessives(e,x){
if(e.find_among_b(A_0,x)==0){
return!1;
}
if(!r_mark_suffix_with_optional_U_vowel(e,x)){
return!1;
}
return!0;
}
function r_mark_sU(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(!e.in_grouping_b(G_U,105,305)){
return!1;
}
if(!r_mark_suffix_with_optional_s_consonant(e,x)){
return!1;
}
return!0;
}
function r_mark_lArI(e,x){
if(e.find_among_b(A_1,x)==0){
return!1;
}
return!0;
}
function r_mark_yU(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(!e.in_grouping_b(G_U,105,305)){
return!1;
}
if(!r_mark_suffix_with_optional_y_consonant(e,x)){
return!1;
}
return!0;
}
function r_mark_nU(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_2,x)==0){
return!1;
}
return!0;
}
function r_mark_nUn(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_3,x)==0){
return!1;
}
if(!r_mark_suffix_with_optional_n_consonant(e,x)){
return!1;
}
return!0;
}
function r_mark_yA(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_4,x)==0){
return!1;
}
if(!r_mark_suffix_with_optional_y_consonant(e,x)){
return!1;
}
return!0;
}
function r_mark_nA(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_5,x)==0){
return!1;
}
return!0;
}
function r_mark_DA(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_6,x)==0){
return!1;
}
return!0;
}
function r_mark_ndA(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_7,x)==0){
return!1;
}
return!0;
}
function r_mark_DAn(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_8,x)==0){
return!1;
}
return!0;
}
function r_mark_ndAn(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_9,x)==0){
return!1;
}
return!0;
}
function r_mark_ylA(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_10,x)==0){
return!1;
}
if(!r_mark_suffix_with_optional_y_consonant(e,x)){
return!1;
}
return!0;
}
function r_mark_ki(e,x){
if(!e.eq_s_b("ki")){
return!1;
}
return!0;
}
function r_mark_ncA(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_11,x)==0){
return!1;
}
if(!r_mark_suffix_with_optional_n_consonant(e,x)){
return!1;
}
return!0;
}
function r_mark_yUm(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_12,x)==0){
return!1;
}
if(!r_mark_suffix_with_optional_y_consonant(e,x)){
return!1;
}
return!0;
}
function r_mark_sUn(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_13,x)==0){
return!1;
}
return!0;
}
function r_mark_yUz(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_14,x)==0){
return!1;
}
if(!r_mark_suffix_with_optional_y_consonant(e,x)){
return!1;
}
return!0;
}
function r_mark_sUnUz(e,x){
if(e.find_among_b(A_15,x)==0){
return!1;
}
return!0;
}
function r_mark_lAr(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_16,x)==0){
return!1;
}
return!0;
}
function r_mark_nUz(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_17,x)==0){
return!1;
}
return!0;
}
function r_mark_DUr(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_18,x)==0){
return!1;
}
return!0;
}
function r_mark_cAsInA(e,x){
if(e.find_among_b(A_19,x)==0){
return!1;
}
return!0;
}
function r_mark_yDU(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_20,x)==0){
return!1;
}
if(!r_mark_suffix_with_optional_y_consonant(e,x)){
return!1;
}
return!0;
}
function r_mark_ysA(e,x){
if(e.find_among_b(A_21,x)==0){
return!1;
}
if(!r_mark_suffix_with_optional_y_consonant(e,x)){
return!1;
}
return!0;
}
function r_mark_ymUs_(e,x){
if(!r_check_vowel_harmony(e,x)){
return!1;
}
if(e.find_among_b(A_22,x)==0){
return!1;
}
if(!r_mark_suffix_with_optional_y_consonant(e,x)){
return!1;
}
return!0;
}
function r_mark_yken(e,x){
if(!e.eq_s_b("ken")){
return!1;
}
if(!r_mark_suffix_with_optional_y_consonant(e,x)){
return!1;
}
return!0;
}
function r_stem_nominal_verb_suffixes(e,x){
e.ket=e.c;
x.b_continue_stemming_noun_suffixes=true;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
L2:for(;;){
var v_2=e.l-e.c;
L3:for(;;){
if(!r_mark_ymUs_(e,x)){
break L3;
}
break L2;
}
e.c=e.l-v_2;
L4:for(;;){
if(!r_mark_yDU(e,x)){
break L4;
}
break L2;
}
e.c=e.l-v_2;
L5:for(;;){
if(!r_mark_ysA(e,x)){
break L5;
}
break L2;
}
e.c=e.l-v_2;
if(!r_mark_yken(e,x)){
break L1;
}
break L2;
}
break L0;
}
e.c=e.l-v_1;
L6:for(;;){
if(!r_mark_cAsInA(e,x)){
break L6;
}
L7:for(;;){
var v_3=e.l-e.c;
L8:for(;;){
if(!r_mark_sUnUz(e,x)){
break L8;
}
break L7;
}
e.c=e.l-v_3;
L9:for(;;){
if(!r_mark_lAr(e,x)){
break L9;
}
break L7;
}
e.c=e.l-v_3;
L10:for(;;){
if(!r_mark_yUm(e,x)){
break L10;
}
break L7;
}
e.c=e.l-v_3;
L11:for(;;){
if(!r_mark_sUn(e,x)){
break L11;
}
break L7;
}
e.c=e.l-v_3;
L12:for(;;){
if(!r_mark_yUz(e,x)){
break L12;
}
break L7;
}
e.c=e.l-v_3;
break L7;
}
if(!r_mark_ymUs_(e,x)){
break L6;
}
break L0;
}
e.c=e.l-v_1;
L13:for(;;){
if(!r_mark_lAr(e,x)){
break L13;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_4=e.l-e.c;
L14:for(;;){
e.ket=e.c;
L15:for(;;){
var v_5=e.l-e.c;
L16:for(;;){
if(!r_mark_DUr(e,x)){
break L16;
}
break L15;
}
e.c=e.l-v_5;
L17:for(;;){
if(!r_mark_yDU(e,x)){
break L17;
}
break L15;
}
e.c=e.l-v_5;
L18:for(;;){
if(!r_mark_ysA(e,x)){
break L18;
}
break L15;
}
e.c=e.l-v_5;
if(!r_mark_ymUs_(e,x)){
e.c=e.l-v_4;
break L14;
}
break L15;
}
break L14;
}
x.b_continue_stemming_noun_suffixes=false;
break L0;
}
e.c=e.l-v_1;
L19:for(;;){
if(!r_mark_nUz(e,x)){
break L19;
}
L20:for(;;){
var v_6=e.l-e.c;
L21:for(;;){
if(!r_mark_yDU(e,x)){
break L21;
}
break L20;
}
e.c=e.l-v_6;
if(!r_mark_ysA(e,x)){
break L19;
}
break L20;
}
break L0;
}
e.c=e.l-v_1;
L22:for(;;){
L23:for(;;){
var v_7=e.l-e.c;
L24:for(;;){
if(!r_mark_sUnUz(e,x)){
break L24;
}
break L23;
}
e.c=e.l-v_7;
L25:for(;;){
if(!r_mark_yUz(e,x)){
break L25;
}
break L23;
}
e.c=e.l-v_7;
L26:for(;;){
if(!r_mark_sUn(e,x)){
break L26;
}
break L23;
}
e.c=e.l-v_7;
if(!r_mark_yUm(e,x)){
break L22;
}
break L23;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_8=e.l-e.c;
L27:for(;;){
e.ket=e.c;
if(!r_mark_ymUs_(e,x)){
e.c=e.l-v_8;
break L27;
}
break L27;
}
break L0;
}
e.c=e.l-v_1;
if(!r_mark_DUr(e,x)){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_9=e.l-e.c;
L28:for(;;){
e.ket=e.c;
L29:for(;;){
var v_10=e.l-e.c;
L30:for(;;){
if(!r_mark_sUnUz(e,x)){
break L30;
}
break L29;
}
e.c=e.l-v_10;
L31:for(;;){
if(!r_mark_lAr(e,x)){
break L31;
}
break L29;
}
e.c=e.l-v_10;
L32:for(;;){
if(!r_mark_yUm(e,x)){
break L32;
}
break L29;
}
e.c=e.l-v_10;
L33:for(;;){
if(!r_mark_sUn(e,x)){
break L33;
}
break L29;
}
e.c=e.l-v_10;
L34:for(;;){
if(!r_mark_yUz(e,x)){
break L34;
}
break L29;
}
e.c=e.l-v_10;
break L29;
}
if(!r_mark_ymUs_(e,x)){
e.c=e.l-v_9;
break L28;
}
break L28;
}
break L0;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
return!0;
}
function r_stem_suffix_chain_before_ki(e,x){
e.ket=e.c;
if(!r_mark_ki(e,x)){
return!1;
}
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
if(!r_mark_DA(e,x)){
break L1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_2=e.l-e.c;
L2:for(;;){
e.ket=e.c;
L3:for(;;){
var v_3=e.l-e.c;
L4:for(;;){
if(!r_mark_lAr(e,x)){
break L4;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_4=e.l-e.c;
L5:for(;;){
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_4;
break L5;
}
break L5;
}
break L3;
}
e.c=e.l-v_3;
if(!r_mark_possessives(e,x)){
e.c=e.l-v_2;
break L2;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_5=e.l-e.c;
L6:for(;;){
e.ket=e.c;
if(!r_mark_lAr(e,x)){
e.c=e.l-v_5;
break L6;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_5;
break L6;
}
break L6;
}
break L3;
}
break L2;
}
break L0;
}
e.c=e.l-v_1;
L7:for(;;){
if(!r_mark_nUn(e,x)){
break L7;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_6=e.l-e.c;
L8:for(;;){
e.ket=e.c;
L9:for(;;){
var v_7=e.l-e.c;
L10:for(;;){
if(!r_mark_lArI(e,x)){
break L10;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L9;
}
e.c=e.l-v_7;
L11:for(;;){
e.ket=e.c;
L12:for(;;){
var v_8=e.l-e.c;
L13:for(;;){
if(!r_mark_possessives(e,x)){
break L13;
}
break L12;
}
e.c=e.l-v_8;
if(!r_mark_sU(e,x)){
break L11;
}
break L12;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_9=e.l-e.c;
L14:for(;;){
e.ket=e.c;
if(!r_mark_lAr(e,x)){
e.c=e.l-v_9;
break L14;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_9;
break L14;
}
break L14;
}
break L9;
}
e.c=e.l-v_7;
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_6;
break L8;
}
break L9;
}
break L8;
}
break L0;
}
e.c=e.l-v_1;
if(!r_mark_ndA(e,x)){
return!1;
}
L15:for(;;){
var v_10=e.l-e.c;
L16:for(;;){
if(!r_mark_lArI(e,x)){
break L16;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L15;
}
e.c=e.l-v_10;
L17:for(;;){
if(!r_mark_sU(e,x)){
break L17;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_11=e.l-e.c;
L18:for(;;){
e.ket=e.c;
if(!r_mark_lAr(e,x)){
e.c=e.l-v_11;
break L18;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_11;
break L18;
}
break L18;
}
break L15;
}
e.c=e.l-v_10;
if(!r_stem_suffix_chain_before_ki(e,x)){
return!1;
}
break L15;
}
break L0;
}
return!0;
}
function r_stem_noun_suffixes(e,x){
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(!r_mark_lAr(e,x)){
break L1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_2=e.l-e.c;
L2:for(;;){
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_2;
break L2;
}
break L2;
}
break L0;
}
e.c=e.l-v_1;
L3:for(;;){
e.ket=e.c;
if(!r_mark_ncA(e,x)){
break L3;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_3=e.l-e.c;
L4:for(;;){
L5:for(;;){
var v_4=e.l-e.c;
L6:for(;;){
e.ket=e.c;
if(!r_mark_lArI(e,x)){
break L6;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L5;
}
e.c=e.l-v_4;
L7:for(;;){
e.ket=e.c;
L8:for(;;){
var v_5=e.l-e.c;
L9:for(;;){
if(!r_mark_possessives(e,x)){
break L9;
}
break L8;
}
e.c=e.l-v_5;
if(!r_mark_sU(e,x)){
break L7;
}
break L8;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_6=e.l-e.c;
L10:for(;;){
e.ket=e.c;
if(!r_mark_lAr(e,x)){
e.c=e.l-v_6;
break L10;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_6;
break L10;
}
break L10;
}
break L5;
}
e.c=e.l-v_4;
e.ket=e.c;
if(!r_mark_lAr(e,x)){
e.c=e.l-v_3;
break L4;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_3;
break L4;
}
break L5;
}
break L4;
}
break L0;
}
e.c=e.l-v_1;
L11:for(;;){
e.ket=e.c;
L12:for(;;){
var v_7=e.l-e.c;
L13:for(;;){
if(!r_mark_ndA(e,x)){
break L13;
}
break L12;
}
e.c=e.l-v_7;
if(!r_mark_nA(e,x)){
break L11;
}
break L12;
}
L14:for(;;){
var v_8=e.l-e.c;
L15:for(;;){
if(!r_mark_lArI(e,x)){
break L15;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L14;
}
e.c=e.l-v_8;
L16:for(;;){
if(!r_mark_sU(e,x)){
break L16;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_9=e.l-e.c;
L17:for(;;){
e.ket=e.c;
if(!r_mark_lAr(e,x)){
e.c=e.l-v_9;
break L17;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_9;
break L17;
}
break L17;
}
break L14;
}
e.c=e.l-v_8;
if(!r_stem_suffix_chain_before_ki(e,x)){
break L11;
}
break L14;
}
break L0;
}
e.c=e.l-v_1;
L18:for(;;){
e.ket=e.c;
L19:for(;;){
var v_10=e.l-e.c;
L20:for(;;){
if(!r_mark_ndAn(e,x)){
break L20;
}
break L19;
}
e.c=e.l-v_10;
if(!r_mark_nU(e,x)){
break L18;
}
break L19;
}
L21:for(;;){
var v_11=e.l-e.c;
L22:for(;;){
if(!r_mark_sU(e,x)){
break L22;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_12=e.l-e.c;
L23:for(;;){
e.ket=e.c;
if(!r_mark_lAr(e,x)){
e.c=e.l-v_12;
break L23;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_12;
break L23;
}
break L23;
}
break L21;
}
e.c=e.l-v_11;
if(!r_mark_lArI(e,x)){
break L18;
}
break L21;
}
break L0;
}
e.c=e.l-v_1;
L24:for(;;){
e.ket=e.c;
if(!r_mark_DAn(e,x)){
break L24;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_13=e.l-e.c;
L25:for(;;){
e.ket=e.c;
L26:for(;;){
var v_14=e.l-e.c;
L27:for(;;){
if(!r_mark_possessives(e,x)){
break L27;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_15=e.l-e.c;
L28:for(;;){
e.ket=e.c;
if(!r_mark_lAr(e,x)){
e.c=e.l-v_15;
break L28;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_15;
break L28;
}
break L28;
}
break L26;
}
e.c=e.l-v_14;
L29:for(;;){
if(!r_mark_lAr(e,x)){
break L29;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_16=e.l-e.c;
L30:for(;;){
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_16;
break L30;
}
break L30;
}
break L26;
}
e.c=e.l-v_14;
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_13;
break L25;
}
break L26;
}
break L25;
}
break L0;
}
e.c=e.l-v_1;
L31:for(;;){
e.ket=e.c;
L32:for(;;){
var v_17=e.l-e.c;
L33:for(;;){
if(!r_mark_nUn(e,x)){
break L33;
}
break L32;
}
e.c=e.l-v_17;
if(!r_mark_ylA(e,x)){
break L31;
}
break L32;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_18=e.l-e.c;
L34:for(;;){
L35:for(;;){
var v_19=e.l-e.c;
L36:for(;;){
e.ket=e.c;
if(!r_mark_lAr(e,x)){
break L36;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
if(!r_stem_suffix_chain_before_ki(e,x)){
break L36;
}
break L35;
}
e.c=e.l-v_19;
L37:for(;;){
e.ket=e.c;
L38:for(;;){
var v_20=e.l-e.c;
L39:for(;;){
if(!r_mark_possessives(e,x)){
break L39;
}
break L38;
}
e.c=e.l-v_20;
if(!r_mark_sU(e,x)){
break L37;
}
break L38;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_21=e.l-e.c;
L40:for(;;){
e.ket=e.c;
if(!r_mark_lAr(e,x)){
e.c=e.l-v_21;
break L40;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_21;
break L40;
}
break L40;
}
break L35;
}
e.c=e.l-v_19;
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_18;
break L34;
}
break L35;
}
break L34;
}
break L0;
}
e.c=e.l-v_1;
L41:for(;;){
e.ket=e.c;
if(!r_mark_lArI(e,x)){
break L41;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L42:for(;;){
if(!r_stem_suffix_chain_before_ki(e,x)){
break L42;
}
break L0;
}
e.c=e.l-v_1;
L43:for(;;){
e.ket=e.c;
L44:for(;;){
var v_22=e.l-e.c;
L45:for(;;){
if(!r_mark_DA(e,x)){
break L45;
}
break L44;
}
e.c=e.l-v_22;
L46:for(;;){
if(!r_mark_yU(e,x)){
break L46;
}
break L44;
}
e.c=e.l-v_22;
if(!r_mark_yA(e,x)){
break L43;
}
break L44;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_23=e.l-e.c;
L47:for(;;){
e.ket=e.c;
L48:for(;;){
var v_24=e.l-e.c;
L49:for(;;){
if(!r_mark_possessives(e,x)){
break L49;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_25=e.l-e.c;
L50:for(;;){
e.ket=e.c;
if(!r_mark_lAr(e,x)){
e.c=e.l-v_25;
break L50;
}
break L50;
}
break L48;
}
e.c=e.l-v_24;
if(!r_mark_lAr(e,x)){
e.c=e.l-v_23;
break L47;
}
break L48;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
e.ket=e.c;
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_23;
break L47;
}
break L47;
}
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
L51:for(;;){
var v_26=e.l-e.c;
L52:for(;;){
if(!r_mark_possessives(e,x)){
break L52;
}
break L51;
}
e.c=e.l-v_26;
if(!r_mark_sU(e,x)){
return!1;
}
break L51;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_27=e.l-e.c;
L53:for(;;){
e.ket=e.c;
if(!r_mark_lAr(e,x)){
e.c=e.l-v_27;
break L53;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
if(!r_stem_suffix_chain_before_ki(e,x)){
e.c=e.l-v_27;
break L53;
}
break L53;
}
break L0;
}
return!0;
}
function r_post_process_last_consonants(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_23,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_from("p")){
return!1;
}
}else if(a==2){
if(!e.slice_from("ç")){
return!1;
}
}else if(a==3){
if(!e.slice_from("t")){
return!1;
}
}else if(a==4){
if(!e.slice_from("k")){
return!1;
}
}
return!0;
}
function r_append_U_to_stems_ending_with_d_or_g(e,x){
var v_1=e.l-e.c;
L0:for(;;){
var v_2=e.l-e.c;
L1:for(;;){
if(!e.eq_s_b("d")){
break L1;
}
break L0;
}
e.c=e.l-v_2;
if(!e.eq_s_b("g")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L2:for(;;){
var v_3=e.l-e.c;
L3:for(;;){
var v_4=e.l-e.c;
G4:for(;;){
var v_5=e.l-e.c;
L5:for(;;){
if(!e.in_grouping_b(G_vowel,97,305)){
break L5;
}
e.c=e.l-v_5;
break G4;
}
e.c=e.l-v_5;
if(e.c<=e.lb){
break L3;
}
e.previous_char();
}
L6:for(;;){
var v_6=e.l-e.c;
L7:for(;;){
if(!e.eq_s_b("a")){
break L7;
}
break L6;
}
e.c=e.l-v_6;
if(!e.eq_s_b("ı")){
break L3;
}
break L6;
}
e.c=e.l-v_4;
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,"ı");
e.c=c;
break L2;
}
e.c=e.l-v_3;
L8:for(;;){
var v_7=e.l-e.c;
G9:for(;;){
var v_8=e.l-e.c;
L10:for(;;){
if(!e.in_grouping_b(G_vowel,97,305)){
break L10;
}
e.c=e.l-v_8;
break G9;
}
e.c=e.l-v_8;
if(e.c<=e.lb){
break L8;
}
e.previous_char();
}
L11:for(;;){
var v_9=e.l-e.c;
L12:for(;;){
if(!e.eq_s_b("e")){
break L12;
}
break L11;
}
e.c=e.l-v_9;
if(!e.eq_s_b("i")){
break L8;
}
break L11;
}
e.c=e.l-v_7;
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,"i");
e.c=c;
break L2;
}
e.c=e.l-v_3;
L13:for(;;){
var v_10=e.l-e.c;
G14:for(;;){
var v_11=e.l-e.c;
L15:for(;;){
if(!e.in_grouping_b(G_vowel,97,305)){
break L15;
}
e.c=e.l-v_11;
break G14;
}
e.c=e.l-v_11;
if(e.c<=e.lb){
break L13;
}
e.previous_char();
}
L16:for(;;){
var v_12=e.l-e.c;
L17:for(;;){
if(!e.eq_s_b("o")){
break L17;
}
break L16;
}
e.c=e.l-v_12;
if(!e.eq_s_b("u")){
break L13;
}
break L16;
}
e.c=e.l-v_10;
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,"u");
e.c=c;
break L2;
}
e.c=e.l-v_3;
var v_13=e.l-e.c;
G18:for(;;){
var v_14=e.l-e.c;
L19:for(;;){
if(!e.in_grouping_b(G_vowel,97,305)){
break L19;
}
e.c=e.l-v_14;
break G18;
}
e.c=e.l-v_14;
if(e.c<=e.lb){
return!1;
}
e.previous_char();
}
L20:for(;;){
var v_15=e.l-e.c;
L21:for(;;){
if(!e.eq_s_b("ö")){
break L21;
}
break L20;
}
e.c=e.l-v_15;
if(!e.eq_s_b("ü")){
return!1;
}
break L20;
}
e.c=e.l-v_13;
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,"ü");
e.c=c;
break L2;
}
return!0;
}
function r_more_than_one_syllable_word(e,x){
var v_1=e.c;
var v_2=2;
R0:for(;;){
var v_3=e.c;
L1:for(let i1=0,n1=1;i1<n1;i1++){
G2:for(;;){
L3:for(;;){
if(!e.in_grouping(G_vowel,97,305)){
break L3;
}
break G2;
}
if(e.c>=e.l){
break L1;
}
e.next_char();
}
v_2-=1;
continue R0;
}
e.c=v_3;
break R0;
}
if(v_2>0){
return!1;
}
e.c=v_1;
return!0;
}
function r_is_reserved_word(e,x){
L0:for(;;){
var v_1=e.c;
L1:for(;;){
var v_2=e.c;
G2:for(;;){
L3:for(;;){
if(!e.eq_s("ad")){
break L3;
}
break G2;
}
if(e.c>=e.l){
break L1;
}
e.next_char();
}
x.i_strlen=2;
if(!(x.i_strlen==e.l)){
break L1;
}
e.c=v_2;
break L0;
}
e.c=v_1;
var v_4=e.c;
G4:for(;;){
L5:for(;;){
if(!e.eq_s("soyad")){
break L5;
}
break G4;
}
if(e.c>=e.l){
return!1;
}
e.next_char();
}
x.i_strlen=5;
if(!(x.i_strlen==e.l)){
return!1;
}
e.c=v_4;
break L0;
}
return!0;
}
function r_postlude(e,x){
var v_1=e.c;
L0:for(;;){
if(!r_is_reserved_word(e,x)){
break L0;
}
return!1;
}
e.c=v_1;
e.lb=e.c;
e.c=e.l;
var v_2=e.l-e.c;
L1:for(;;){
if(!r_append_U_to_stems_ending_with_d_or_g(e,x)){
break L1;
}
break L1;
}
e.c=e.l-v_2;
var v_3=e.l-e.c;
L2:for(;;){
if(!r_post_process_last_consonants(e,x)){
break L2;
}
break L2;
}
e.c=e.l-v_3;
e.c=e.lb;
return!0;
}
function snowball(e){
var x={
b_continue_stemming_noun_suffixes:false,
i_strlen:0,
};
if(!r_more_than_one_syllable_word(e,x)){
return!1;
}
e.lb=e.c;
e.c=e.l;
var v_1=e.l-e.c;
L0:for(;;){
if(!r_stem_nominal_verb_suffixes(e,x)){
break L0;
}
break L0;
}
e.c=e.l-v_1;
if(!x.b_continue_stemming_noun_suffixes){
return!1;
}
var v_2=e.l-e.c;
L1:for(;;){
if(!r_stem_noun_suffixes(e,x)){
break L1;
}
break L1;
}
e.c=e.l-v_2;
e.c=e.lb;
if(!r_postlude(e,x)){
return!1;
}
return!0;
}
