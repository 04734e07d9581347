// The Snowball stemmer for Tamil, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["க",-1,-1],
["ங",-1,-1],
["ச",-1,-1],
["ஞ",-1,-1],
["த",-1,-1],
["ந",-1,-1],
["ப",-1,-1],
["ம",-1,-1],
["ய",-1,-1],
["வ",-1,-1],
];
var A_1=[
["ந்த்",-1,-1],
["ந்",-1,-1],
["ந்த",-1,-1],
];
var A_2=[
["ீ",-1,-1],
["ை",-1,-1],
["ி",-1,-1],
];
var A_3=[
["க",-1,-1],
["ச",-1,-1],
["ட",-1,-1],
["த",-1,-1],
["ப",-1,-1],
["ற",-1,-1],
];
var A_4=[
["க",-1,-1],
["ச",-1,-1],
["ட",-1,-1],
["த",-1,-1],
["ப",-1,-1],
["ற",-1,-1],
];
var A_5=[
["க",-1,-1],
["ச",-1,-1],
["ட",-1,-1],
["த",-1,-1],
["ப",-1,-1],
["ற",-1,-1],
];
var A_6=[
["ய",-1,-1],
["ர",-1,-1],
["ல",-1,-1],
["ள",-1,-1],
["ழ",-1,-1],
["வ",-1,-1],
];
var A_7=[
["ங",-1,-1],
["ஞ",-1,-1],
["ண",-1,-1],
["ந",-1,-1],
["ன",-1,-1],
["ம",-1,-1],
];
var A_8=[
["வ்",-1,-1],
["ய",-1,-1],
["வ",-1,-1],
];
var A_9=[
["ீ",-1,-1],
["ு",-1,-1],
["ூ",-1,-1],
["ெ",-1,-1],
["ே",-1,-1],
["ை",-1,-1],
["ா",-1,-1],
["ி",-1,-1],
];
var A_10=[
["ீ",-1,-1],
["ு",-1,-1],
["ூ",-1,-1],
["ெ",-1,-1],
["ே",-1,-1],
["ை",-1,-1],
["ா",-1,-1],
["ி",-1,-1],
];
var A_11=[
["அ",-1,-1],
["இ",-1,-1],
["உ",-1,-1],
];
var A_12=[
["க",-1,-1],
["ங",-1,-1],
["ச",-1,-1],
["ஞ",-1,-1],
["த",-1,-1],
["ந",-1,-1],
["ப",-1,-1],
["ம",-1,-1],
["ய",-1,-1],
["வ",-1,-1],
];
var A_13=[
["க",-1,-1],
["ச",-1,-1],
["ட",-1,-1],
["த",-1,-1],
["ப",-1,-1],
["ற",-1,-1],
];
var A_14=[
["ே",-1,-1],
["ோ",-1,-1],
["ா",-1,-1],
];
var A_15=[
["பி",-1,-1],
["வி",-1,-1],
];
var A_16=[
["ீ",-1,-1],
["ு",-1,-1],
["ூ",-1,-1],
["ெ",-1,-1],
["ே",-1,-1],
["ை",-1,-1],
["ா",-1,-1],
["ி",-1,-1],
];
var A_17=[
["பட்டு",-1,-1],
["விட்டு",-1,-1],
["படு",-1,-1],
["விடு",-1,-1],
["பட்டது",-1,-1],
["ெல்லாம்",-1,-1],
["பட்ட",-1,-1],
["பட்டண",-1,-1],
["தான",-1,-1],
["படிதான",8,-1],
["குரிய",-1,-1],
["படி",-1,-1],
["பற்றி",-1,-1],
];
var A_18=[
["க",-1,-1],
["ச",-1,-1],
["ட",-1,-1],
["த",-1,-1],
["ப",-1,-1],
["ற",-1,-1],
];
var A_19=[
["க",-1,-1],
["ச",-1,-1],
["ட",-1,-1],
["த",-1,-1],
["ப",-1,-1],
["ற",-1,-1],
];
var A_20=[
["ீ",-1,-1],
["ு",-1,-1],
["ூ",-1,-1],
["ெ",-1,-1],
["ே",-1,-1],
["ை",-1,-1],
["ா",-1,-1],
["ி",-1,-1],
];
var A_21=[
["ீ",-1,-1],
["ு",-1,-1],
["ூ",-1,-1],
["ெ",-1,-1],
["ே",-1,-1],
["ை",-1,-1],
["ா",-1,-1],
["ி",-1,-1],
];
var A_22=[
["படு",-1,-1],
["கொண்டிர்",-1,-1],
];
var A_23=[
["அ",-1,-1],
["ஆ",-1,-1],
["இ",-1,-1],
["ஈ",-1,-1],
["உ",-1,-1],
["ஊ",-1,-1],
["எ",-1,-1],
["ஏ",-1,-1],
["ஐ",-1,-1],
["ஒ",-1,-1],
["ஓ",-1,-1],
["ஔ",-1,-1],
];
var A_24=[
["ீ",-1,-1],
["ு",-1,-1],
["ூ",-1,-1],
["ெ",-1,-1],
["ே",-1,-1],
["ை",-1,-1],
["ா",-1,-1],
["ி",-1,-1],
];
var A_25=[
["கின்ற்",-1,-1],
["ாநின்ற்",-1,-1],
["கிற்",-1,-1],
["கின்ற",-1,-1],
["ாநின்ற",-1,-1],
["கிற",-1,-1],
];
function r_has_min_length(e,x){
x.i_length=e.chars();
if(!(x.i_length>4)){
return!1;
}
return!0;
}
function r_fix_va_start(e,x){
L0:for(;;){
var v_1=e.c;
L1:for(;;){
var v_2=e.c;
var v_3=e.c;
L2:for(;;){
if(!e.eq_s("வோ")){
e.c=v_3;
break L2;
}
break L2;
}
e.c=v_2;
e.bra=e.c;
if(!e.eq_s("வோ")){
break L1;
}
e.ket=e.c;
if(!e.slice_from("ஓ")){
return!1;
}
break L0;
}
e.c=v_1;
L3:for(;;){
var v_4=e.c;
var v_5=e.c;
L4:for(;;){
if(!e.eq_s("வொ")){
e.c=v_5;
break L4;
}
break L4;
}
e.c=v_4;
e.bra=e.c;
if(!e.eq_s("வொ")){
break L3;
}
e.ket=e.c;
if(!e.slice_from("ஒ")){
return!1;
}
break L0;
}
e.c=v_1;
L5:for(;;){
var v_6=e.c;
var v_7=e.c;
L6:for(;;){
if(!e.eq_s("வு")){
e.c=v_7;
break L6;
}
break L6;
}
e.c=v_6;
e.bra=e.c;
if(!e.eq_s("வு")){
break L5;
}
e.ket=e.c;
if(!e.slice_from("உ")){
return!1;
}
break L0;
}
e.c=v_1;
var v_8=e.c;
var v_9=e.c;
L7:for(;;){
if(!e.eq_s("வூ")){
e.c=v_9;
break L7;
}
break L7;
}
e.c=v_8;
e.bra=e.c;
if(!e.eq_s("வூ")){
return!1;
}
e.ket=e.c;
if(!e.slice_from("ஊ")){
return!1;
}
break L0;
}
return!0;
}
function r_fix_endings(e,x){
x.b_found_wrong_ending=true;
R0:for(;;){
var v_1=e.c;
L1:for(let i1=0,n1=1;i1<n1;i1++){
if(!x.b_found_wrong_ending){
break L1;
}
var v_2=e.c;
L2:for(;;){
if(!r_fix_ending(e,x)){
break L2;
}
break L2;
}
e.c=v_2;
continue R0;
}
e.c=v_1;
break R0;
}
return!0;
}
function r_remove_question_prefixes(e,x){
e.bra=e.c;
if(!e.eq_s("எ")){
return!1;
}
if(e.find_among(A_0,x)==0){
return!1;
}
if(!e.eq_s("்")){
return!1;
}
e.ket=e.c;
if(!e.slice_del()){
return!1;
}
var v_1=e.c;
L0:for(;;){
if(!r_fix_va_start(e,x)){
break L0;
}
break L0;
}
e.c=v_1;
return!0;
}
function r_fix_ending(e,x){
x.b_found_wrong_ending=false;
x.i_length=e.chars();
if(!(x.i_length>3)){
return!1;
}
e.lb=e.c;
e.c=e.l;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(e.find_among_b(A_1,x)==0){
break L1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L2:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ய்")){
break L2;
}
var v_2=e.l-e.c;
if(e.find_among_b(A_2,x)==0){
break L2;
}
e.c=e.l-v_2;
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L3:for(;;){
e.ket=e.c;
L4:for(;;){
var v_3=e.l-e.c;
L5:for(;;){
if(!e.eq_s_b("ட்ப்")){
break L5;
}
break L4;
}
e.c=e.l-v_3;
if(!e.eq_s_b("ட்க்")){
break L3;
}
break L4;
}
e.bra=e.c;
if(!e.slice_from("ள்")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L6:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ன்ற்")){
break L6;
}
e.bra=e.c;
if(!e.slice_from("ல்")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L7:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ற்க்")){
break L7;
}
e.bra=e.c;
if(!e.slice_from("ல்")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L8:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ட்ட்")){
break L8;
}
e.bra=e.c;
if(!e.slice_from("டு")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L9:for(;;){
if(!x.b_found_vetrumai_urupu){
break L9;
}
e.ket=e.c;
if(!e.eq_s_b("த்த்")){
break L9;
}
var v_4=e.l-e.c;
var v_5=e.l-e.c;
L10:for(;;){
if(!e.eq_s_b("ை")){
break L10;
}
break L9;
}
e.c=e.l-v_5;
e.c=e.l-v_4;
e.bra=e.c;
if(!e.slice_from("ம்")){
return!1;
}
e.bra=e.c;
break L0;
}
e.c=e.l-v_1;
L11:for(;;){
e.ket=e.c;
L12:for(;;){
var v_6=e.l-e.c;
L13:for(;;){
if(!e.eq_s_b("ுக்")){
break L13;
}
break L12;
}
e.c=e.l-v_6;
if(!e.eq_s_b("ுக்க்")){
break L11;
}
break L12;
}
e.bra=e.c;
if(!e.slice_from("்")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L14:for(;;){
e.ket=e.c;
if(!e.eq_s_b("்")){
break L14;
}
if(e.find_among_b(A_3,x)==0){
break L14;
}
if(!e.eq_s_b("்")){
break L14;
}
if(e.find_among_b(A_4,x)==0){
break L14;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L15:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ுக்")){
break L15;
}
e.bra=e.c;
if(!e.slice_from("்")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L16:for(;;){
e.ket=e.c;
if(!e.eq_s_b("்")){
break L16;
}
if(e.find_among_b(A_5,x)==0){
break L16;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L17:for(;;){
e.ket=e.c;
if(!e.eq_s_b("்")){
break L17;
}
L18:for(;;){
var v_7=e.l-e.c;
L19:for(;;){
if(e.find_among_b(A_6,x)==0){
break L19;
}
break L18;
}
e.c=e.l-v_7;
if(e.find_among_b(A_7,x)==0){
break L17;
}
break L18;
}
if(!e.eq_s_b("்")){
break L17;
}
e.bra=e.c;
if(!e.slice_from("்")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L20:for(;;){
e.ket=e.c;
if(e.find_among_b(A_8,x)==0){
break L20;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L21:for(;;){
e.ket=e.c;
if(!e.eq_s_b("னு")){
break L21;
}
var v_8=e.l-e.c;
var v_9=e.l-e.c;
L22:for(;;){
if(e.find_among_b(A_9,x)==0){
break L22;
}
break L21;
}
e.c=e.l-v_9;
e.c=e.l-v_8;
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L23:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ங்")){
break L23;
}
var v_10=e.l-e.c;
var v_11=e.l-e.c;
L24:for(;;){
if(!e.eq_s_b("ை")){
break L24;
}
break L23;
}
e.c=e.l-v_11;
e.c=e.l-v_10;
e.bra=e.c;
if(!e.slice_from("ம்")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L25:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ங்")){
break L25;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
if(!e.eq_s_b("்")){
return!1;
}
var v_12=e.l-e.c;
L26:for(;;){
var v_13=e.l-e.c;
L27:for(;;){
if(e.find_among_b(A_10,x)==0){
break L27;
}
break L26;
}
e.c=e.l-v_13;
if(!e.eq_s_b("்")){
return!1;
}
break L26;
}
e.c=e.l-v_12;
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L0;
}
e.c=e.lb;
x.b_found_wrong_ending=true;
return!0;
}
function r_remove_pronoun_prefixes(e,x){
x.b_found_a_match=false;
e.bra=e.c;
if(e.find_among(A_11,x)==0){
return!1;
}
if(e.find_among(A_12,x)==0){
return!1;
}
if(!e.eq_s("்")){
return!1;
}
e.ket=e.c;
if(!e.slice_del()){
return!1;
}
x.b_found_a_match=true;
var v_1=e.c;
L0:for(;;){
if(!r_fix_va_start(e,x)){
break L0;
}
break L0;
}
e.c=v_1;
return!0;
}
function r_remove_plural_suffix(e,x){
x.b_found_a_match=false;
e.lb=e.c;
e.c=e.l;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ுங்கள்")){
break L1;
}
var v_2=e.l-e.c;
var v_3=e.l-e.c;
L2:for(;;){
if(e.find_among_b(A_13,x)==0){
break L2;
}
break L1;
}
e.c=e.l-v_3;
e.c=e.l-v_2;
e.bra=e.c;
if(!e.slice_from("்")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L3:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ற்கள்")){
break L3;
}
e.bra=e.c;
if(!e.slice_from("ல்")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L4:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ட்கள்")){
break L4;
}
e.bra=e.c;
if(!e.slice_from("ள்")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
if(!e.eq_s_b("கள்")){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
break L0;
}
x.b_found_a_match=true;
e.c=e.lb;
return!0;
}
function r_remove_question_suffixes(e,x){
if(!r_has_min_length(e,x)){
return!1;
}
x.b_found_a_match=false;
e.lb=e.c;
e.c=e.l;
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
if(e.find_among_b(A_14,x)==0){
break L0;
}
e.bra=e.c;
if(!e.slice_from("்")){
return!1;
}
x.b_found_a_match=true;
break L0;
}
e.c=e.l-v_1;
e.c=e.lb;
var v_2=e.c;
L1:for(;;){
if(!r_fix_endings(e,x)){
break L1;
}
break L1;
}
e.c=v_2;
return!0;
}
function r_remove_command_suffixes(e,x){
if(!r_has_min_length(e,x)){
return!1;
}
x.b_found_a_match=false;
e.lb=e.c;
e.c=e.l;
e.ket=e.c;
if(e.find_among_b(A_15,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_found_a_match=true;
e.c=e.lb;
return!0;
}
function r_remove_um(e,x){
x.b_found_a_match=false;
if(!r_has_min_length(e,x)){
return!1;
}
e.lb=e.c;
e.c=e.l;
e.ket=e.c;
if(!e.eq_s_b("ும்")){
return!1;
}
e.bra=e.c;
if(!e.slice_from("்")){
return!1;
}
x.b_found_a_match=true;
e.c=e.lb;
var v_1=e.c;
L0:for(;;){
if(!r_fix_ending(e,x)){
break L0;
}
break L0;
}
e.c=v_1;
return!0;
}
function r_remove_common_word_endings(e,x){
x.b_found_a_match=false;
if(!r_has_min_length(e,x)){
return!1;
}
e.lb=e.c;
e.c=e.l;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
var v_2=e.l-e.c;
e.ket=e.c;
L2:for(;;){
var v_3=e.l-e.c;
L3:for(;;){
if(!e.eq_s_b("ுடன்")){
break L3;
}
break L2;
}
e.c=e.l-v_3;
L4:for(;;){
if(!e.eq_s_b("ில்லை")){
break L4;
}
break L2;
}
e.c=e.l-v_3;
L5:for(;;){
if(!e.eq_s_b("ிடம்")){
break L5;
}
break L2;
}
e.c=e.l-v_3;
L6:for(;;){
if(!e.eq_s_b("ின்றி")){
break L6;
}
break L2;
}
e.c=e.l-v_3;
L7:for(;;){
if(!e.eq_s_b("ாகி")){
break L7;
}
break L2;
}
e.c=e.l-v_3;
L8:for(;;){
if(!e.eq_s_b("ாகிய")){
break L8;
}
break L2;
}
e.c=e.l-v_3;
L9:for(;;){
if(!e.eq_s_b("ென்று")){
break L9;
}
break L2;
}
e.c=e.l-v_3;
L10:for(;;){
if(!e.eq_s_b("ுள்ள")){
break L10;
}
break L2;
}
e.c=e.l-v_3;
L11:for(;;){
if(!e.eq_s_b("ுடைய")){
break L11;
}
break L2;
}
e.c=e.l-v_3;
L12:for(;;){
if(!e.eq_s_b("ுடை")){
break L12;
}
break L2;
}
e.c=e.l-v_3;
L13:for(;;){
if(!e.eq_s_b("ெனும்")){
break L13;
}
break L2;
}
e.c=e.l-v_3;
L14:for(;;){
if(!e.eq_s_b("ல்ல")){
break L14;
}
var v_4=e.l-e.c;
var v_5=e.l-e.c;
L15:for(;;){
if(e.find_among_b(A_16,x)==0){
break L15;
}
break L14;
}
e.c=e.l-v_5;
e.c=e.l-v_4;
break L2;
}
e.c=e.l-v_3;
L16:for(;;){
if(!e.eq_s_b("ென")){
break L16;
}
break L2;
}
e.c=e.l-v_3;
if(!e.eq_s_b("ாகி")){
break L1;
}
break L2;
}
e.bra=e.c;
if(!e.slice_from("்")){
return!1;
}
x.b_found_a_match=true;
e.c=e.l-v_2;
break L0;
}
e.c=e.l-v_1;
var v_6=e.l-e.c;
e.ket=e.c;
if(e.find_among_b(A_17,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_found_a_match=true;
e.c=e.l-v_6;
break L0;
}
e.c=e.lb;
var v_7=e.c;
L17:for(;;){
if(!r_fix_endings(e,x)){
break L17;
}
break L17;
}
e.c=v_7;
return!0;
}
function r_remove_vetrumai_urupukal(e,x){
x.b_found_a_match=false;
x.b_found_vetrumai_urupu=false;
if(!r_has_min_length(e,x)){
return!1;
}
e.lb=e.c;
e.c=e.l;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
var v_2=e.l-e.c;
e.ket=e.c;
if(!e.eq_s_b("னை")){
break L1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
e.c=e.l-v_2;
break L0;
}
e.c=e.l-v_1;
L2:for(;;){
var v_3=e.l-e.c;
e.ket=e.c;
L3:for(;;){
var v_4=e.l-e.c;
L4:for(;;){
L5:for(;;){
var v_5=e.l-e.c;
L6:for(;;){
if(!e.eq_s_b("ினை")){
break L6;
}
break L5;
}
e.c=e.l-v_5;
if(!e.eq_s_b("ை")){
break L4;
}
break L5;
}
var v_6=e.l-e.c;
var v_7=e.l-e.c;
L7:for(;;){
if(e.find_among_b(A_18,x)==0){
break L7;
}
break L4;
}
e.c=e.l-v_7;
e.c=e.l-v_6;
break L3;
}
e.c=e.l-v_4;
if(!e.eq_s_b("ை")){
break L2;
}
var v_8=e.l-e.c;
if(e.find_among_b(A_19,x)==0){
break L2;
}
if(!e.eq_s_b("்")){
break L2;
}
e.c=e.l-v_8;
break L3;
}
e.bra=e.c;
if(!e.slice_from("்")){
return!1;
}
e.c=e.l-v_3;
break L0;
}
e.c=e.l-v_1;
L8:for(;;){
var v_9=e.l-e.c;
e.ket=e.c;
L9:for(;;){
var v_10=e.l-e.c;
L10:for(;;){
if(!e.eq_s_b("ொடு")){
break L10;
}
break L9;
}
e.c=e.l-v_10;
L11:for(;;){
if(!e.eq_s_b("ோடு")){
break L11;
}
break L9;
}
e.c=e.l-v_10;
L12:for(;;){
if(!e.eq_s_b("ில்")){
break L12;
}
break L9;
}
e.c=e.l-v_10;
L13:for(;;){
if(!e.eq_s_b("ிற்")){
break L13;
}
break L9;
}
e.c=e.l-v_10;
L14:for(;;){
if(!e.eq_s_b("ின்")){
break L14;
}
var v_11=e.l-e.c;
var v_12=e.l-e.c;
L15:for(;;){
if(!e.eq_s_b("ம")){
break L15;
}
break L14;
}
e.c=e.l-v_12;
e.c=e.l-v_11;
break L9;
}
e.c=e.l-v_10;
L16:for(;;){
if(!e.eq_s_b("ின்று")){
break L16;
}
break L9;
}
e.c=e.l-v_10;
L17:for(;;){
if(!e.eq_s_b("ிருந்து")){
break L17;
}
break L9;
}
e.c=e.l-v_10;
L18:for(;;){
if(!e.eq_s_b("விட")){
break L18;
}
break L9;
}
e.c=e.l-v_10;
L19:for(;;){
if(!(x.i_length>=7)){
break L19;
}
if(!e.eq_s_b("ிடம்")){
break L19;
}
break L9;
}
e.c=e.l-v_10;
L20:for(;;){
if(!e.eq_s_b("ால்")){
break L20;
}
break L9;
}
e.c=e.l-v_10;
L21:for(;;){
if(!e.eq_s_b("ுடை")){
break L21;
}
break L9;
}
e.c=e.l-v_10;
L22:for(;;){
if(!e.eq_s_b("ாமல்")){
break L22;
}
break L9;
}
e.c=e.l-v_10;
L23:for(;;){
if(!e.eq_s_b("ல்")){
break L23;
}
var v_13=e.l-e.c;
var v_14=e.l-e.c;
L24:for(;;){
if(e.find_among_b(A_20,x)==0){
break L24;
}
break L23;
}
e.c=e.l-v_14;
e.c=e.l-v_13;
break L9;
}
e.c=e.l-v_10;
if(!e.eq_s_b("ுள்")){
break L8;
}
break L9;
}
e.bra=e.c;
if(!e.slice_from("்")){
return!1;
}
e.c=e.l-v_9;
break L0;
}
e.c=e.l-v_1;
L25:for(;;){
var v_15=e.l-e.c;
e.ket=e.c;
L26:for(;;){
var v_16=e.l-e.c;
L27:for(;;){
if(!e.eq_s_b("கண்")){
break L27;
}
break L26;
}
e.c=e.l-v_16;
L28:for(;;){
if(!e.eq_s_b("முன்")){
break L28;
}
break L26;
}
e.c=e.l-v_16;
L29:for(;;){
if(!e.eq_s_b("மேல்")){
break L29;
}
break L26;
}
e.c=e.l-v_16;
L30:for(;;){
if(!e.eq_s_b("மேற்")){
break L30;
}
break L26;
}
e.c=e.l-v_16;
L31:for(;;){
if(!e.eq_s_b("கீழ்")){
break L31;
}
break L26;
}
e.c=e.l-v_16;
L32:for(;;){
if(!e.eq_s_b("பின்")){
break L32;
}
break L26;
}
e.c=e.l-v_16;
if(!e.eq_s_b("து")){
break L25;
}
var v_17=e.l-e.c;
var v_18=e.l-e.c;
L33:for(;;){
if(e.find_among_b(A_21,x)==0){
break L33;
}
break L25;
}
e.c=e.l-v_18;
e.c=e.l-v_17;
break L26;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
e.c=e.l-v_15;
break L0;
}
e.c=e.l-v_1;
var v_19=e.l-e.c;
e.ket=e.c;
if(!e.eq_s_b("ீ")){
return!1;
}
e.bra=e.c;
if(!e.slice_from("ி")){
return!1;
}
e.c=e.l-v_19;
break L0;
}
x.b_found_a_match=true;
x.b_found_vetrumai_urupu=true;
var v_20=e.l-e.c;
L34:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ின்")){
break L34;
}
e.bra=e.c;
if(!e.slice_from("்")){
return!1;
}
break L34;
}
e.c=e.l-v_20;
e.c=e.lb;
var v_21=e.c;
L35:for(;;){
if(!r_fix_endings(e,x)){
break L35;
}
break L35;
}
e.c=v_21;
return!0;
}
function r_remove_tense_suffixes(e,x){
x.b_found_a_match=true;
R0:for(;;){
var v_1=e.c;
L1:for(let i2=0,n2=1;i2<n2;i2++){
if(!x.b_found_a_match){
break L1;
}
var v_2=e.c;
L2:for(;;){
if(!r_remove_tense_suffix(e,x)){
break L2;
}
break L2;
}
e.c=v_2;
continue R0;
}
e.c=v_1;
break R0;
}
return!0;
}
function r_remove_tense_suffix(e,x){
x.b_found_a_match=false;
if(!r_has_min_length(e,x)){
return!1;
}
e.lb=e.c;
e.c=e.l;
var v_1=e.l-e.c;
L0:for(;;){
L1:for(;;){
var v_2=e.l-e.c;
L2:for(;;){
var v_3=e.l-e.c;
e.ket=e.c;
if(e.find_among_b(A_22,x)==0){
break L2;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_found_a_match=true;
e.c=e.l-v_3;
break L1;
}
e.c=e.l-v_2;
L3:for(;;){
var v_4=e.l-e.c;
e.ket=e.c;
L4:for(;;){
var v_5=e.l-e.c;
L5:for(;;){
if(!e.eq_s_b("மார்")){
break L5;
}
break L4;
}
e.c=e.l-v_5;
L6:for(;;){
if(!e.eq_s_b("மின்")){
break L6;
}
break L4;
}
e.c=e.l-v_5;
L7:for(;;){
if(!e.eq_s_b("னன்")){
break L7;
}
break L4;
}
e.c=e.l-v_5;
L8:for(;;){
if(!e.eq_s_b("னான்")){
break L8;
}
break L4;
}
e.c=e.l-v_5;
L9:for(;;){
if(!e.eq_s_b("னாள்")){
break L9;
}
break L4;
}
e.c=e.l-v_5;
L10:for(;;){
if(!e.eq_s_b("னார்")){
break L10;
}
break L4;
}
e.c=e.l-v_5;
L11:for(;;){
if(!e.eq_s_b("வன்")){
break L11;
}
var v_6=e.l-e.c;
var v_7=e.l-e.c;
L12:for(;;){
if(e.find_among_b(A_23,x)==0){
break L12;
}
break L11;
}
e.c=e.l-v_7;
e.c=e.l-v_6;
break L4;
}
e.c=e.l-v_5;
L13:for(;;){
if(!e.eq_s_b("னள்")){
break L13;
}
break L4;
}
e.c=e.l-v_5;
L14:for(;;){
if(!e.eq_s_b("வள்")){
break L14;
}
break L4;
}
e.c=e.l-v_5;
L15:for(;;){
if(!e.eq_s_b("னர்")){
break L15;
}
break L4;
}
e.c=e.l-v_5;
L16:for(;;){
if(!e.eq_s_b("வர்")){
break L16;
}
break L4;
}
e.c=e.l-v_5;
L17:for(;;){
if(!e.eq_s_b("ன")){
break L17;
}
break L4;
}
e.c=e.l-v_5;
L18:for(;;){
if(!e.eq_s_b("ப")){
break L18;
}
break L4;
}
e.c=e.l-v_5;
L19:for(;;){
if(!e.eq_s_b("க")){
break L19;
}
break L4;
}
e.c=e.l-v_5;
L20:for(;;){
if(!e.eq_s_b("த")){
break L20;
}
break L4;
}
e.c=e.l-v_5;
L21:for(;;){
if(!e.eq_s_b("ய")){
break L21;
}
break L4;
}
e.c=e.l-v_5;
L22:for(;;){
if(!e.eq_s_b("பன்")){
break L22;
}
break L4;
}
e.c=e.l-v_5;
L23:for(;;){
if(!e.eq_s_b("பள்")){
break L23;
}
break L4;
}
e.c=e.l-v_5;
L24:for(;;){
if(!e.eq_s_b("பர்")){
break L24;
}
break L4;
}
e.c=e.l-v_5;
L25:for(;;){
if(!e.eq_s_b("து")){
break L25;
}
var v_8=e.l-e.c;
var v_9=e.l-e.c;
L26:for(;;){
if(e.find_among_b(A_24,x)==0){
break L26;
}
break L25;
}
e.c=e.l-v_9;
e.c=e.l-v_8;
break L4;
}
e.c=e.l-v_5;
L27:for(;;){
if(!e.eq_s_b("ிற்று")){
break L27;
}
break L4;
}
e.c=e.l-v_5;
L28:for(;;){
if(!e.eq_s_b("பம்")){
break L28;
}
break L4;
}
e.c=e.l-v_5;
L29:for(;;){
if(!e.eq_s_b("னம்")){
break L29;
}
break L4;
}
e.c=e.l-v_5;
L30:for(;;){
if(!e.eq_s_b("தும்")){
break L30;
}
break L4;
}
e.c=e.l-v_5;
L31:for(;;){
if(!e.eq_s_b("றும்")){
break L31;
}
break L4;
}
e.c=e.l-v_5;
L32:for(;;){
if(!e.eq_s_b("கும்")){
break L32;
}
break L4;
}
e.c=e.l-v_5;
L33:for(;;){
if(!e.eq_s_b("னென்")){
break L33;
}
break L4;
}
e.c=e.l-v_5;
L34:for(;;){
if(!e.eq_s_b("னை")){
break L34;
}
break L4;
}
e.c=e.l-v_5;
if(!e.eq_s_b("வை")){
break L3;
}
break L4;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_found_a_match=true;
e.c=e.l-v_4;
break L1;
}
e.c=e.l-v_2;
L35:for(;;){
var v_10=e.l-e.c;
e.ket=e.c;
L36:for(;;){
var v_11=e.l-e.c;
L37:for(;;){
if(!e.eq_s_b("ான்")){
break L37;
}
var v_12=e.l-e.c;
var v_13=e.l-e.c;
L38:for(;;){
if(!e.eq_s_b("ச")){
break L38;
}
break L37;
}
e.c=e.l-v_13;
e.c=e.l-v_12;
break L36;
}
e.c=e.l-v_11;
L39:for(;;){
if(!e.eq_s_b("ாள்")){
break L39;
}
break L36;
}
e.c=e.l-v_11;
L40:for(;;){
if(!e.eq_s_b("ார்")){
break L40;
}
break L36;
}
e.c=e.l-v_11;
L41:for(;;){
if(!e.eq_s_b("ேன்")){
break L41;
}
break L36;
}
e.c=e.l-v_11;
L42:for(;;){
if(!e.eq_s_b("ா")){
break L42;
}
break L36;
}
e.c=e.l-v_11;
L43:for(;;){
if(!e.eq_s_b("ாம்")){
break L43;
}
break L36;
}
e.c=e.l-v_11;
L44:for(;;){
if(!e.eq_s_b("ெம்")){
break L44;
}
break L36;
}
e.c=e.l-v_11;
L45:for(;;){
if(!e.eq_s_b("ேம்")){
break L45;
}
break L36;
}
e.c=e.l-v_11;
L46:for(;;){
if(!e.eq_s_b("ோம்")){
break L46;
}
break L36;
}
e.c=e.l-v_11;
L47:for(;;){
if(!e.eq_s_b("கும்")){
break L47;
}
break L36;
}
e.c=e.l-v_11;
L48:for(;;){
if(!e.eq_s_b("தும்")){
break L48;
}
break L36;
}
e.c=e.l-v_11;
L49:for(;;){
if(!e.eq_s_b("டும்")){
break L49;
}
break L36;
}
e.c=e.l-v_11;
L50:for(;;){
if(!e.eq_s_b("றும்")){
break L50;
}
break L36;
}
e.c=e.l-v_11;
L51:for(;;){
if(!e.eq_s_b("ாய்")){
break L51;
}
break L36;
}
e.c=e.l-v_11;
L52:for(;;){
if(!e.eq_s_b("னென்")){
break L52;
}
break L36;
}
e.c=e.l-v_11;
L53:for(;;){
if(!e.eq_s_b("னிர்")){
break L53;
}
break L36;
}
e.c=e.l-v_11;
L54:for(;;){
if(!e.eq_s_b("ீர்")){
break L54;
}
break L36;
}
e.c=e.l-v_11;
if(!e.eq_s_b("ீயர்")){
break L35;
}
break L36;
}
e.bra=e.c;
if(!e.slice_from("்")){
return!1;
}
x.b_found_a_match=true;
e.c=e.l-v_10;
break L1;
}
e.c=e.l-v_2;
var v_14=e.l-e.c;
e.ket=e.c;
L55:for(;;){
var v_15=e.l-e.c;
L56:for(;;){
if(!e.eq_s_b("கு")){
break L56;
}
break L55;
}
e.c=e.l-v_15;
if(!e.eq_s_b("து")){
break L0;
}
break L55;
}
var v_16=e.l-e.c;
if(!e.eq_s_b("்")){
break L0;
}
e.c=e.l-v_16;
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_found_a_match=true;
e.c=e.l-v_14;
break L1;
}
break L0;
}
e.c=e.l-v_1;
var v_17=e.l-e.c;
L57:for(;;){
e.ket=e.c;
if(e.find_among_b(A_25,x)==0){
break L57;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_found_a_match=true;
break L57;
}
e.c=e.l-v_17;
e.c=e.lb;
var v_18=e.c;
L58:for(;;){
if(!r_fix_endings(e,x)){
break L58;
}
break L58;
}
e.c=v_18;
return!0;
}
function snowball(e){
var x={
i_length:0,
b_found_wrong_ending:false,
b_found_vetrumai_urupu:false,
b_found_a_match:false,
};
x.b_found_vetrumai_urupu=false;
var v_1=e.c;
L0:for(;;){
if(!r_fix_ending(e,x)){
break L0;
}
break L0;
}
e.c=v_1;
if(!r_has_min_length(e,x)){
return!1;
}
var v_2=e.c;
L1:for(;;){
if(!r_remove_question_prefixes(e,x)){
break L1;
}
break L1;
}
e.c=v_2;
var v_3=e.c;
L2:for(;;){
if(!r_remove_pronoun_prefixes(e,x)){
break L2;
}
break L2;
}
e.c=v_3;
var v_4=e.c;
L3:for(;;){
if(!r_remove_question_suffixes(e,x)){
break L3;
}
break L3;
}
e.c=v_4;
var v_5=e.c;
L4:for(;;){
if(!r_remove_um(e,x)){
break L4;
}
break L4;
}
e.c=v_5;
var v_6=e.c;
L5:for(;;){
if(!r_remove_common_word_endings(e,x)){
break L5;
}
break L5;
}
e.c=v_6;
var v_7=e.c;
L6:for(;;){
if(!r_remove_vetrumai_urupukal(e,x)){
break L6;
}
break L6;
}
e.c=v_7;
var v_8=e.c;
L7:for(;;){
if(!r_remove_plural_suffix(e,x)){
break L7;
}
break L7;
}
e.c=v_8;
var v_9=e.c;
L8:for(;;){
if(!r_remove_command_suffixes(e,x)){
break L8;
}
break L8;
}
e.c=v_9;
var v_10=e.c;
L9:for(;;){
if(!r_remove_tense_suffixes(e,x)){
break L9;
}
break L9;
}
e.c=v_10;
return!0;
}
