// The Snowball stemmer for Arabic, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["!",-1,3],
["\"",-1,3],
["%",-1,3],
["*",-1,3],
[",",-1,3],
[".",-1,3],
["/",-1,3],
[":",-1,3],
[";",-1,3],
["?",-1,3],
["\\",-1,3],
["،",-1,4],
["؛",-1,4],
["؟",-1,4],
["ـ",-1,2],
["ً",-1,1],
["ٌ",-1,1],
["ٍ",-1,1],
["َ",-1,1],
["ُ",-1,1],
["ِ",-1,1],
["ّ",-1,1],
["ْ",-1,1],
["٠",-1,5],
["١",-1,6],
["٢",-1,7],
["٣",-1,8],
["٤",-1,9],
["٥",-1,10],
["٦",-1,11],
["٧",-1,12],
["٨",-1,13],
["٩",-1,14],
["٪",-1,15],
["٫",-1,15],
["٬",-1,15],
["ﺀ",-1,16],
["ﺁ",-1,20],
["ﺂ",-1,20],
["ﺃ",-1,17],
["ﺄ",-1,17],
["ﺅ",-1,21],
["ﺆ",-1,21],
["ﺇ",-1,18],
["ﺈ",-1,18],
["ﺉ",-1,19],
["ﺊ",-1,19],
["ﺋ",-1,19],
["ﺌ",-1,19],
["ﺍ",-1,22],
["ﺎ",-1,22],
["ﺏ",-1,23],
["ﺐ",-1,23],
["ﺑ",-1,23],
["ﺒ",-1,23],
["ﺓ",-1,24],
["ﺔ",-1,24],
["ﺕ",-1,25],
["ﺖ",-1,25],
["ﺗ",-1,25],
["ﺘ",-1,25],
["ﺙ",-1,26],
["ﺚ",-1,26],
["ﺛ",-1,26],
["ﺜ",-1,26],
["ﺝ",-1,27],
["ﺞ",-1,27],
["ﺟ",-1,27],
["ﺠ",-1,27],
["ﺡ",-1,28],
["ﺢ",-1,28],
["ﺣ",-1,28],
["ﺤ",-1,28],
["ﺥ",-1,29],
["ﺦ",-1,29],
["ﺧ",-1,29],
["ﺨ",-1,29],
["ﺩ",-1,30],
["ﺪ",-1,30],
["ﺫ",-1,31],
["ﺬ",-1,31],
["ﺭ",-1,32],
["ﺮ",-1,32],
["ﺯ",-1,33],
["ﺰ",-1,33],
["ﺱ",-1,34],
["ﺲ",-1,34],
["ﺳ",-1,34],
["ﺴ",-1,34],
["ﺵ",-1,35],
["ﺶ",-1,35],
["ﺷ",-1,35],
["ﺸ",-1,35],
["ﺹ",-1,36],
["ﺺ",-1,36],
["ﺻ",-1,36],
["ﺼ",-1,36],
["ﺽ",-1,37],
["ﺾ",-1,37],
["ﺿ",-1,37],
["ﻀ",-1,37],
["ﻁ",-1,38],
["ﻂ",-1,38],
["ﻃ",-1,38],
["ﻄ",-1,38],
["ﻅ",-1,39],
["ﻆ",-1,39],
["ﻇ",-1,39],
["ﻈ",-1,39],
["ﻉ",-1,40],
["ﻊ",-1,40],
["ﻋ",-1,40],
["ﻌ",-1,40],
["ﻍ",-1,41],
["ﻎ",-1,41],
["ﻏ",-1,41],
["ﻐ",-1,41],
["ﻑ",-1,42],
["ﻒ",-1,42],
["ﻓ",-1,42],
["ﻔ",-1,42],
["ﻕ",-1,43],
["ﻖ",-1,43],
["ﻗ",-1,43],
["ﻘ",-1,43],
["ﻙ",-1,44],
["ﻚ",-1,44],
["ﻛ",-1,44],
["ﻜ",-1,44],
["ﻝ",-1,45],
["ﻞ",-1,45],
["ﻟ",-1,45],
["ﻠ",-1,45],
["ﻡ",-1,46],
["ﻢ",-1,46],
["ﻣ",-1,46],
["ﻤ",-1,46],
["ﻥ",-1,47],
["ﻦ",-1,47],
["ﻧ",-1,47],
["ﻨ",-1,47],
["ﻩ",-1,48],
["ﻪ",-1,48],
["ﻫ",-1,48],
["ﻬ",-1,48],
["ﻭ",-1,49],
["ﻮ",-1,49],
["ﻯ",-1,50],
["ﻰ",-1,50],
["ﻱ",-1,51],
["ﻲ",-1,51],
["ﻳ",-1,51],
["ﻴ",-1,51],
["ﻵ",-1,55],
["ﻶ",-1,55],
["ﻷ",-1,53],
["ﻸ",-1,53],
["ﻹ",-1,54],
["ﻺ",-1,54],
["ﻻ",-1,52],
["ﻼ",-1,52],
];
var A_1=[
["آ",-1,1],
["أ",-1,1],
["ؤ",-1,2],
["إ",-1,1],
["ئ",-1,3],
];
var A_2=[
["آ",-1,1],
["أ",-1,1],
["ؤ",-1,2],
["إ",-1,1],
["ئ",-1,3],
];
var A_3=[
["ال",-1,2],
["بال",-1,1],
["كال",-1,1],
["لل",-1,2],
];
var A_4=[
["أآ",-1,2],
["أأ",-1,1],
["أؤ",-1,3],
["أإ",-1,5],
["أا",-1,4],
];
var A_5=[
["ف",-1,1],
["و",-1,2],
];
var A_6=[
["ال",-1,2],
["بال",-1,1],
["كال",-1,1],
["لل",-1,2],
];
var A_7=[
["ب",-1,1],
["بب",0,2],
["كك",-1,3],
];
var A_8=[
["سأ",-1,4],
["ست",-1,2],
["سن",-1,3],
["سي",-1,1],
];
var A_9=[
["تست",-1,1],
["نست",-1,1],
["يست",-1,1],
];
var A_10=[
["ك",-1,1],
["كم",-1,2],
["هم",-1,2],
["هن",-1,2],
["ه",-1,1],
["ي",-1,1],
["كما",-1,3],
["هما",-1,3],
["نا",-1,2],
["ها",-1,2],
];
var A_11=[
["ن",-1,1],
];
var A_12=[
["و",-1,1],
["ي",-1,1],
["ا",-1,1],
];
var A_13=[
["ات",-1,1],
];
var A_14=[
["ت",-1,1],
];
var A_15=[
["ة",-1,1],
];
var A_16=[
["ي",-1,1],
];
var A_17=[
["ك",-1,1],
["كم",-1,2],
["هم",-1,2],
["كن",-1,2],
["هن",-1,2],
["ه",-1,1],
["كمو",-1,3],
["ني",-1,2],
["كما",-1,3],
["هما",-1,3],
["نا",-1,2],
["ها",-1,2],
];
var A_18=[
["ن",-1,2],
["ون",0,4],
["ين",0,4],
["ان",0,4],
["تن",0,3],
["ي",-1,2],
["ا",-1,2],
["تما",6,5],
["نا",6,3],
["تا",6,3],
["ت",-1,1],
];
var A_19=[
["تم",-1,1],
["وا",-1,1],
];
var A_20=[
["و",-1,1],
["تمو",0,2],
];
var A_21=[
["ى",-1,1],
];
function r_Normalize_pre(e,x){
var a;
for(let i1=0,n1=e.chars();i1<n1;i1++){
L0:for(;;){
var v_2=e.c;
L1:for(;;){
e.bra=e.c;
a=e.find_among(A_0,x);
if(a==0){
break L1;
}
e.ket=e.c;
if(a==0){
break L1;
}else if(a==1){
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
}else if(a==4){
if(!e.slice_del()){
return!1;
}
}else if(a==5){
if(!e.slice_from("0")){
return!1;
}
}else if(a==6){
if(!e.slice_from("1")){
return!1;
}
}else if(a==7){
if(!e.slice_from("2")){
return!1;
}
}else if(a==8){
if(!e.slice_from("3")){
return!1;
}
}else if(a==9){
if(!e.slice_from("4")){
return!1;
}
}else if(a==10){
if(!e.slice_from("5")){
return!1;
}
}else if(a==11){
if(!e.slice_from("6")){
return!1;
}
}else if(a==12){
if(!e.slice_from("7")){
return!1;
}
}else if(a==13){
if(!e.slice_from("8")){
return!1;
}
}else if(a==14){
if(!e.slice_from("9")){
return!1;
}
}else if(a==15){
if(!e.slice_del()){
return!1;
}
}else if(a==16){
if(!e.slice_from("ء")){
return!1;
}
}else if(a==17){
if(!e.slice_from("أ")){
return!1;
}
}else if(a==18){
if(!e.slice_from("إ")){
return!1;
}
}else if(a==19){
if(!e.slice_from("ئ")){
return!1;
}
}else if(a==20){
if(!e.slice_from("آ")){
return!1;
}
}else if(a==21){
if(!e.slice_from("ؤ")){
return!1;
}
}else if(a==22){
if(!e.slice_from("ا")){
return!1;
}
}else if(a==23){
if(!e.slice_from("ب")){
return!1;
}
}else if(a==24){
if(!e.slice_from("ة")){
return!1;
}
}else if(a==25){
if(!e.slice_from("ت")){
return!1;
}
}else if(a==26){
if(!e.slice_from("ث")){
return!1;
}
}else if(a==27){
if(!e.slice_from("ج")){
return!1;
}
}else if(a==28){
if(!e.slice_from("ح")){
return!1;
}
}else if(a==29){
if(!e.slice_from("خ")){
return!1;
}
}else if(a==30){
if(!e.slice_from("د")){
return!1;
}
}else if(a==31){
if(!e.slice_from("ذ")){
return!1;
}
}else if(a==32){
if(!e.slice_from("ر")){
return!1;
}
}else if(a==33){
if(!e.slice_from("ز")){
return!1;
}
}else if(a==34){
if(!e.slice_from("س")){
return!1;
}
}else if(a==35){
if(!e.slice_from("ش")){
return!1;
}
}else if(a==36){
if(!e.slice_from("ص")){
return!1;
}
}else if(a==37){
if(!e.slice_from("ض")){
return!1;
}
}else if(a==38){
if(!e.slice_from("ط")){
return!1;
}
}else if(a==39){
if(!e.slice_from("ظ")){
return!1;
}
}else if(a==40){
if(!e.slice_from("ع")){
return!1;
}
}else if(a==41){
if(!e.slice_from("غ")){
return!1;
}
}else if(a==42){
if(!e.slice_from("ف")){
return!1;
}
}else if(a==43){
if(!e.slice_from("ق")){
return!1;
}
}else if(a==44){
if(!e.slice_from("ك")){
return!1;
}
}else if(a==45){
if(!e.slice_from("ل")){
return!1;
}
}else if(a==46){
if(!e.slice_from("م")){
return!1;
}
}else if(a==47){
if(!e.slice_from("ن")){
return!1;
}
}else if(a==48){
if(!e.slice_from("ه")){
return!1;
}
}else if(a==49){
if(!e.slice_from("و")){
return!1;
}
}else if(a==50){
if(!e.slice_from("ى")){
return!1;
}
}else if(a==51){
if(!e.slice_from("ي")){
return!1;
}
}else if(a==52){
if(!e.slice_from("لا")){
return!1;
}
}else if(a==53){
if(!e.slice_from("لأ")){
return!1;
}
}else if(a==54){
if(!e.slice_from("لإ")){
return!1;
}
}else if(a==55){
if(!e.slice_from("لآ")){
return!1;
}
}
break L0;
}
e.c=v_2;
if(e.c>=e.l){
return!1;
}
e.next_char();
break L0;
}
}
return!0;
}
function r_Normalize_post(e,x){
var a;
var v_1=e.c;
L0:for(;;){
e.lb=e.c;
e.c=e.l;
e.ket=e.c;
a=e.find_among_b(A_1,x);
if(a==0){
break L0;
}
e.bra=e.c;
if(a==0){
break L0;
}else if(a==1){
if(!e.slice_from("ء")){
return!1;
}
}else if(a==2){
if(!e.slice_from("ء")){
return!1;
}
}else if(a==3){
if(!e.slice_from("ء")){
return!1;
}
}
e.c=e.lb;
break L0;
}
e.c=v_1;
var v_2=e.c;
L1:for(;;){
for(let i2=0,n2=x.i_word_len;i2<n2;i2++){
L2:for(;;){
var v_4=e.c;
L3:for(;;){
e.bra=e.c;
a=e.find_among(A_2,x);
if(a==0){
break L3;
}
e.ket=e.c;
if(a==0){
break L3;
}else if(a==1){
if(!e.slice_from("ا")){
return!1;
}
}else if(a==2){
if(!e.slice_from("و")){
return!1;
}
}else if(a==3){
if(!e.slice_from("ي")){
return!1;
}
}
break L2;
}
e.c=v_4;
if(e.c>=e.l){
break L1;
}
e.next_char();
break L2;
}
}
break L1;
}
e.c=v_2;
return!0;
}
function r_Checks1(e,x){
var a;
x.i_word_len=e.chars();
e.bra=e.c;
a=e.find_among(A_3,x);
if(a==0){
return!1;
}
e.ket=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>4)){
return!1;
}
x.b_is_noun=true;
x.b_is_verb=false;
x.b_is_defined=true;
}else if(a==2){
if(!(x.i_word_len>3)){
return!1;
}
x.b_is_noun=true;
x.b_is_verb=false;
x.b_is_defined=true;
}
return!0;
}
function r_Prefix_Step1(e,x){
var a;
x.i_word_len=e.chars();
e.bra=e.c;
a=e.find_among(A_4,x);
if(a==0){
return!1;
}
e.ket=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>3)){
return!1;
}
if(!e.slice_from("أ")){
return!1;
}
}else if(a==2){
if(!(x.i_word_len>3)){
return!1;
}
if(!e.slice_from("آ")){
return!1;
}
}else if(a==3){
if(!(x.i_word_len>3)){
return!1;
}
if(!e.slice_from("أ")){
return!1;
}
}else if(a==4){
if(!(x.i_word_len>3)){
return!1;
}
if(!e.slice_from("ا")){
return!1;
}
}else if(a==5){
if(!(x.i_word_len>3)){
return!1;
}
if(!e.slice_from("إ")){
return!1;
}
}
return!0;
}
function r_Prefix_Step2(e,x){
var a;
x.i_word_len=e.chars();
var v_1=e.c;
L0:for(;;){
if(!e.eq_s("فا")){
break L0;
}
return!1;
}
e.c=v_1;
var v_2=e.c;
L1:for(;;){
if(!e.eq_s("وا")){
break L1;
}
return!1;
}
e.c=v_2;
e.bra=e.c;
a=e.find_among(A_5,x);
if(a==0){
return!1;
}
e.ket=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>3)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!(x.i_word_len>3)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Prefix_Step3a_Noun(e,x){
var a;
x.i_word_len=e.chars();
e.bra=e.c;
a=e.find_among(A_6,x);
if(a==0){
return!1;
}
e.ket=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>5)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!(x.i_word_len>4)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Prefix_Step3b_Noun(e,x){
var a;
x.i_word_len=e.chars();
var v_1=e.c;
L0:for(;;){
if(!e.eq_s("با")){
break L0;
}
return!1;
}
e.c=v_1;
e.bra=e.c;
a=e.find_among(A_7,x);
if(a==0){
return!1;
}
e.ket=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>3)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!(x.i_word_len>3)){
return!1;
}
if(!e.slice_from("ب")){
return!1;
}
}else if(a==3){
if(!(x.i_word_len>3)){
return!1;
}
if(!e.slice_from("ك")){
return!1;
}
}
return!0;
}
function r_Prefix_Step3_Verb(e,x){
var a;
x.i_word_len=e.chars();
e.bra=e.c;
a=e.find_among(A_8,x);
if(a==0){
return!1;
}
e.ket=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>4)){
return!1;
}
if(!e.slice_from("ي")){
return!1;
}
}else if(a==2){
if(!(x.i_word_len>4)){
return!1;
}
if(!e.slice_from("ت")){
return!1;
}
}else if(a==3){
if(!(x.i_word_len>4)){
return!1;
}
if(!e.slice_from("ن")){
return!1;
}
}else if(a==4){
if(!(x.i_word_len>4)){
return!1;
}
if(!e.slice_from("أ")){
return!1;
}
}
return!0;
}
function r_Prefix_Step4_Verb(e,x){
var a;
x.i_word_len=e.chars();
e.bra=e.c;
a=e.find_among(A_9,x);
if(a==0){
return!1;
}
e.ket=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>4)){
return!1;
}
x.b_is_verb=true;
x.b_is_noun=false;
if(!e.slice_from("است")){
return!1;
}
}
return!0;
}
function r_Suffix_Noun_Step1a(e,x){
var a;
x.i_word_len=e.chars();
e.ket=e.c;
a=e.find_among_b(A_10,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>=4)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!(x.i_word_len>=5)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==3){
if(!(x.i_word_len>=6)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Suffix_Noun_Step1b(e,x){
var a;
x.i_word_len=e.chars();
e.ket=e.c;
a=e.find_among_b(A_11,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>5)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Suffix_Noun_Step2a(e,x){
var a;
x.i_word_len=e.chars();
e.ket=e.c;
a=e.find_among_b(A_12,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>4)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Suffix_Noun_Step2b(e,x){
var a;
x.i_word_len=e.chars();
e.ket=e.c;
a=e.find_among_b(A_13,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>=5)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Suffix_Noun_Step2c1(e,x){
var a;
x.i_word_len=e.chars();
e.ket=e.c;
a=e.find_among_b(A_14,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>=4)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Suffix_Noun_Step2c2(e,x){
var a;
x.i_word_len=e.chars();
e.ket=e.c;
a=e.find_among_b(A_15,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>=4)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Suffix_Noun_Step3(e,x){
var a;
x.i_word_len=e.chars();
e.ket=e.c;
a=e.find_among_b(A_16,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>=3)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Suffix_Verb_Step1(e,x){
var a;
x.i_word_len=e.chars();
e.ket=e.c;
a=e.find_among_b(A_17,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>=4)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!(x.i_word_len>=5)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==3){
if(!(x.i_word_len>=6)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Suffix_Verb_Step2a(e,x){
var a;
x.i_word_len=e.chars();
e.ket=e.c;
a=e.find_among_b(A_18,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>=4)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!(x.i_word_len>=4)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==3){
if(!(x.i_word_len>=5)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==4){
if(!(x.i_word_len>5)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==5){
if(!(x.i_word_len>=6)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Suffix_Verb_Step2b(e,x){
var a;
x.i_word_len=e.chars();
e.ket=e.c;
a=e.find_among_b(A_19,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>=5)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Suffix_Verb_Step2c(e,x){
var a;
x.i_word_len=e.chars();
e.ket=e.c;
a=e.find_among_b(A_20,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!(x.i_word_len>=4)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}else if(a==2){
if(!(x.i_word_len>=6)){
return!1;
}
if(!e.slice_del()){
return!1;
}
}
return!0;
}
function r_Suffix_All_alef_maqsura(e,x){
var a;
x.i_word_len=e.chars();
e.ket=e.c;
a=e.find_among_b(A_21,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==0){
return!1;
}else if(a==1){
if(!e.slice_from("ي")){
return!1;
}
}
return!0;
}
function snowball(e){
var x={
b_is_defined:false,
b_is_verb:false,
b_is_noun:false,
i_word_len:0,
};
x.b_is_noun=true;
x.b_is_verb=true;
x.b_is_defined=false;
var v_1=e.c;
L0:for(;;){
if(!r_Checks1(e,x)){
break L0;
}
break L0;
}
e.c=v_1;
var v_2=e.c;
L1:for(;;){
if(!r_Normalize_pre(e,x)){
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
if(!x.b_is_verb){
break L4;
}
L5:for(;;){
var v_5=e.l-e.c;
L6:for(;;){
var v_6=1;
R7:for(;;){
var v_7=e.l-e.c;
L8:for(let i3=0,n3=1;i3<n3;i3++){
if(!r_Suffix_Verb_Step1(e,x)){
break L8;
}
v_6-=1;
continue R7;
}
e.c=e.l-v_7;
break R7;
}
if(v_6>0){
break L6;
}
L9:for(;;){
var v_8=e.l-e.c;
L10:for(;;){
if(!r_Suffix_Verb_Step2a(e,x)){
break L10;
}
break L9;
}
e.c=e.l-v_8;
L11:for(;;){
if(!r_Suffix_Verb_Step2c(e,x)){
break L11;
}
break L9;
}
e.c=e.l-v_8;
if(e.c<=e.lb){
break L6;
}
e.previous_char();
break L9;
}
break L5;
}
e.c=e.l-v_5;
L12:for(;;){
if(!r_Suffix_Verb_Step2b(e,x)){
break L12;
}
break L5;
}
e.c=e.l-v_5;
if(!r_Suffix_Verb_Step2a(e,x)){
break L4;
}
break L5;
}
break L3;
}
e.c=e.l-v_4;
L13:for(;;){
if(!x.b_is_noun){
break L13;
}
var v_9=e.l-e.c;
L14:for(;;){
L15:for(;;){
var v_10=e.l-e.c;
L16:for(;;){
if(!r_Suffix_Noun_Step2c2(e,x)){
break L16;
}
break L15;
}
e.c=e.l-v_10;
L17:for(;;){
L18:for(;;){
if(!x.b_is_defined){
break L18;
}
break L17;
}
if(!r_Suffix_Noun_Step1a(e,x)){
break L17;
}
L19:for(;;){
var v_12=e.l-e.c;
L20:for(;;){
if(!r_Suffix_Noun_Step2a(e,x)){
break L20;
}
break L19;
}
e.c=e.l-v_12;
L21:for(;;){
if(!r_Suffix_Noun_Step2b(e,x)){
break L21;
}
break L19;
}
e.c=e.l-v_12;
L22:for(;;){
if(!r_Suffix_Noun_Step2c1(e,x)){
break L22;
}
break L19;
}
e.c=e.l-v_12;
if(e.c<=e.lb){
break L17;
}
e.previous_char();
break L19;
}
break L15;
}
e.c=e.l-v_10;
L23:for(;;){
if(!r_Suffix_Noun_Step1b(e,x)){
break L23;
}
L24:for(;;){
var v_13=e.l-e.c;
L25:for(;;){
if(!r_Suffix_Noun_Step2a(e,x)){
break L25;
}
break L24;
}
e.c=e.l-v_13;
L26:for(;;){
if(!r_Suffix_Noun_Step2b(e,x)){
break L26;
}
break L24;
}
e.c=e.l-v_13;
if(!r_Suffix_Noun_Step2c1(e,x)){
break L23;
}
break L24;
}
break L15;
}
e.c=e.l-v_10;
L27:for(;;){
L28:for(;;){
if(!x.b_is_defined){
break L28;
}
break L27;
}
if(!r_Suffix_Noun_Step2a(e,x)){
break L27;
}
break L15;
}
e.c=e.l-v_10;
if(!r_Suffix_Noun_Step2b(e,x)){
e.c=e.l-v_9;
break L14;
}
break L15;
}
break L14;
}
if(!r_Suffix_Noun_Step3(e,x)){
break L13;
}
break L3;
}
e.c=e.l-v_4;
if(!r_Suffix_All_alef_maqsura(e,x)){
break L2;
}
break L3;
}
break L2;
}
e.c=e.l-v_3;
e.c=e.lb;
var v_15=e.c;
L29:for(;;){
var v_16=e.c;
L30:for(;;){
if(!r_Prefix_Step1(e,x)){
e.c=v_16;
break L30;
}
break L30;
}
var v_17=e.c;
L31:for(;;){
if(!r_Prefix_Step2(e,x)){
e.c=v_17;
break L31;
}
break L31;
}
L32:for(;;){
var v_18=e.c;
L33:for(;;){
if(!r_Prefix_Step3a_Noun(e,x)){
break L33;
}
break L32;
}
e.c=v_18;
L34:for(;;){
if(!x.b_is_noun){
break L34;
}
if(!r_Prefix_Step3b_Noun(e,x)){
break L34;
}
break L32;
}
e.c=v_18;
if(!x.b_is_verb){
break L29;
}
var v_19=e.c;
L35:for(;;){
if(!r_Prefix_Step3_Verb(e,x)){
e.c=v_19;
break L35;
}
break L35;
}
if(!r_Prefix_Step4_Verb(e,x)){
break L29;
}
break L32;
}
break L29;
}
e.c=v_15;
var v_20=e.c;
L36:for(;;){
if(!r_Normalize_post(e,x)){
break L36;
}
break L36;
}
e.c=v_20;
return!0;
}
