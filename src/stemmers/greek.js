// The Snowball stemmer for Greek, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
var A_0=[
["",-1,25],
["ς",0,18],
["Ά",0,1],
["Έ",0,5],
["Ή",0,7],
["Ί",0,9],
["ϊ",0,7],
["ϋ",0,20],
["Ό",0,15],
["ό",0,15],
["ύ",0,20],
["Ύ",0,20],
["ώ",0,24],
["Ώ",0,24],
["ΐ",0,7],
["Α",0,1],
["Β",0,2],
["Γ",0,3],
["Δ",0,4],
["Ε",0,5],
["Ζ",0,6],
["Η",0,7],
["Θ",0,8],
["Ι",0,9],
["Κ",0,10],
["Λ",0,11],
["Μ",0,12],
["Ν",0,13],
["Ξ",0,14],
["Ο",0,15],
["Π",0,16],
["Ρ",0,17],
["Σ",0,18],
["Τ",0,19],
["Υ",0,20],
["Φ",0,21],
["Χ",0,22],
["Ψ",0,23],
["Ω",0,24],
["Ϊ",0,9],
["Ϋ",0,20],
["ά",0,1],
["έ",0,5],
["ή",0,7],
["ί",0,9],
["ΰ",0,20],
];
var A_1=[
["καθεστωσ",-1,10],
["φωσ",-1,9],
["περασ",-1,7],
["τερασ",-1,8],
["κρεασ",-1,6],
["καθεστωτοσ",-1,10],
["φωτοσ",-1,9],
["περατοσ",-1,7],
["τερατοσ",-1,8],
["κρεατοσ",-1,6],
["γεγονοτοσ",-1,11],
["γεγονοσ",-1,11],
["φαγιου",-1,1],
["σκαγιου",-1,2],
["σογιου",-1,4],
["τατογιου",-1,5],
["ολογιου",-1,3],
["καθεστωτα",-1,10],
["φωτα",-1,9],
["περατα",-1,7],
["τερατα",-1,8],
["κρεατα",-1,6],
["γεγονοτα",-1,11],
["φαγια",-1,1],
["σκαγια",-1,2],
["σογια",-1,4],
["τατογια",-1,5],
["ολογια",-1,3],
["περατη",-1,7],
["καθεστωτων",-1,10],
["φωτων",-1,9],
["περατων",-1,7],
["τερατων",-1,8],
["κρεατων",-1,6],
["γεγονοτων",-1,11],
["φαγιων",-1,1],
["σκαγιων",-1,2],
["σογιων",-1,4],
["τατογιων",-1,5],
["ολογιων",-1,3],
];
var A_2=[
["πα",-1,1],
["ξαναπα",0,1],
["επα",0,1],
["περιπα",0,1],
["αναμπα",0,1],
["εμπα",0,1],
["δανε",-1,1],
["αθρο",-1,1],
["συναθρο",7,1],
];
var A_3=[
["π",-1,1],
["ιμπ",0,1],
["ρ",-1,1],
["πρ",2,1],
["μπρ",3,1],
["αρρ",2,1],
["γλυκυρ",2,1],
["πολυρ",2,1],
["αμπαρ",2,1],
["μαρ",2,1],
["γκρ",2,1],
["πιπερορ",2,1],
["βολβορ",2,1],
["γλυκορ",2,1],
["λου",-1,1],
["β",-1,1],
["βαθυρι",-1,1],
["βαρκ",-1,1],
["μαρκ",-1,1],
["λ",-1,1],
["μ",-1,1],
["κορν",-1,1],
];
var A_4=[
["ιζεσ",-1,1],
["ιζεισ",-1,1],
["ιζω",-1,1],
["ιζα",-1,1],
["ιζατε",-1,1],
["ιζετε",-1,1],
["ιζε",-1,1],
["ιζουμε",-1,1],
["ιζαμε",-1,1],
["ιζουνε",-1,1],
["ιζανε",-1,1],
["ιζει",-1,1],
["ιζουν",-1,1],
["ιζαν",-1,1],
];
var A_5=[
["σ",-1,1],
["χ",-1,1],
["υψ",-1,1],
["ζω",-1,1],
["βι",-1,1],
["λι",-1,1],
["αλ",-1,1],
["εν",-1,1],
];
var A_6=[
["ωθηκεσ",-1,1],
["ωθηκα",-1,1],
["ωθηκατε",-1,1],
["ωθηκε",-1,1],
["ωθηκαμε",-1,1],
["ωθηκανε",-1,1],
["ωθηκαν",-1,1],
];
var A_7=[
["ξαναπα",-1,1],
["επα",-1,1],
["περιπα",-1,1],
["αναμπα",-1,1],
["εμπα",-1,1],
["χαρτοπα",-1,1],
["εξαρχα",-1,1],
["πε",-1,1],
["επε",7,1],
["μετεπε",8,1],
["εσε",-1,1],
["κλε",-1,1],
["εσωκλε",11,1],
["εκλε",11,1],
["απεκλε",13,1],
["αποκλε",11,1],
["δανε",-1,1],
["αθρο",-1,1],
["συναθρο",17,1],
];
var A_8=[
["π",-1,1],
["λαρ",-1,1],
["δημοκρατ",-1,1],
["αφ",-1,1],
["γιγαντοαφ",3,1],
["γε",-1,1],
["γκε",-1,1],
["γκ",-1,1],
["μ",-1,1],
["πουκαμ",8,1],
["κομ",8,1],
["αν",-1,1],
["ολο",-1,1],
];
var A_9=[
["ισεσ",-1,1],
["ισα",-1,1],
["ισε",-1,1],
["ισατε",-1,1],
["ισαμε",-1,1],
["ισανε",-1,1],
["ισαν",-1,1],
];
var A_10=[
["ξαναπα",-1,1],
["επα",-1,1],
["περιπα",-1,1],
["αναμπα",-1,1],
["εμπα",-1,1],
["χαρτοπα",-1,1],
["εξαρχα",-1,1],
["πε",-1,1],
["επε",7,1],
["μετεπε",8,1],
["εσε",-1,1],
["κλε",-1,1],
["εσωκλε",11,1],
["εκλε",11,1],
["απεκλε",13,1],
["αποκλε",11,1],
["δανε",-1,1],
["αθρο",-1,1],
["συναθρο",17,1],
];
var A_11=[
["ισεισ",-1,1],
["ισω",-1,1],
["ισετε",-1,1],
["ισουμε",-1,1],
["ισουνε",-1,1],
["ισει",-1,1],
["ισουν",-1,1],
];
var A_12=[
["σε",-1,1],
["ασε",0,1],
["πλε",-1,1],
["κλε",-1,1],
["εσωκλε",3,1],
["δανε",-1,1],
["συναθρο",-1,1],
];
var A_13=[
["π",-1,1],
["ευπ",0,1],
["απ",0,1],
["εμπ",0,1],
["γυρ",-1,1],
["χρ",-1,1],
["χωρ",-1,1],
["αρ",-1,1],
["αορ",-1,1],
["χτ",-1,1],
["αχτ",9,1],
["κτ",-1,1],
["ακτ",11,1],
["σχ",-1,1],
["ασχ",13,1],
["ταχ",-1,1],
["υψ",-1,1],
["ατα",-1,1],
["φα",-1,1],
["ηφα",18,1],
["λυγ",-1,1],
["μεγ",-1,1],
["ηδ",-1,1],
["εχθ",-1,1],
["καθ",-1,1],
["σκ",-1,1],
["κακ",-1,1],
["μακ",-1,1],
["κυλ",-1,1],
["φιλ",-1,1],
["μ",-1,1],
["γεμ",30,1],
["αχν",-1,1],
];
var A_14=[
["ιστουσ",-1,1],
["ιστεσ",-1,1],
["ιστησ",-1,1],
["ιστοσ",-1,1],
["ιστου",-1,1],
["ιστα",-1,1],
["ιστε",-1,1],
["ιστη",-1,1],
["ιστοι",-1,1],
["ιστων",-1,1],
["ιστο",-1,1],
];
var A_15=[
["σε",-1,1],
["μετασε",0,1],
["μικροσε",0,1],
["εγκλε",-1,1],
["αποκλε",-1,1],
];
var A_16=[
["δανε",-1,1],
["αντιδανε",0,1],
];
var A_17=[
["τοπικ",-1,7],
["σκεπτικ",-1,6],
["γνωστικ",-1,3],
["αγνωστικ",2,1],
["εκλεκτικ",-1,5],
["ατομικ",-1,2],
["εθνικ",-1,4],
["θεατριν",-1,10],
["αλεξανδριν",-1,8],
["βυζαντιν",-1,9],
];
var A_18=[
["ισμουσ",-1,1],
["ισμοσ",-1,1],
["ισμου",-1,1],
["ισμοι",-1,1],
["ισμων",-1,1],
["ισμο",-1,1],
];
var A_19=[
["σ",-1,1],
["χ",-1,1],
];
var A_20=[
["αρακια",-1,1],
["ουδακια",-1,1],
["αρακι",-1,1],
["ουδακι",-1,1],
];
var A_21=[
["κατραπ",-1,1],
["ρ",-1,1],
["βρ",1,1],
["λαβρ",2,1],
["αμβρ",2,1],
["μερ",1,1],
["ανθρ",1,1],
["κορ",1,1],
["σ",-1,1],
["ναγκασ",8,1],
["μουστ",-1,1],
["ρυ",-1,1],
["φ",-1,1],
["σφ",12,1],
["αλισφ",13,1],
["χ",-1,1],
["βαμβ",-1,1],
["σλοβ",-1,1],
["τσεχοσλοβ",17,1],
["τζ",-1,1],
["κ",-1,1],
["σκ",20,1],
["καπακ",20,1],
["σοκ",20,1],
["πλ",-1,1],
["φυλ",-1,1],
["λουλ",-1,1],
["μαλ",-1,1],
["φαρμ",-1,1],
["καιμ",-1,1],
["κλιμ",-1,1],
["σπαν",-1,1],
["κον",-1,1],
];
var A_22=[
["π",-1,1],
["πατερ",-1,1],
["τοσ",-1,1],
["νυφ",-1,1],
["β",-1,1],
["καρδ",-1,1],
["ζ",-1,1],
["σκ",-1,1],
["βαλ",-1,1],
["γλ",-1,1],
["τριπολ",-1,1],
["μακρυν",-1,1],
["γιαν",-1,1],
["ηγουμεν",-1,1],
["κον",-1,1],
];
var A_23=[
["ιτσασ",-1,1],
["ιτσεσ",-1,1],
["ιτσα",-1,1],
["ακια",-1,1],
["αρακια",3,1],
["ακι",-1,1],
["αρακι",5,1],
["ιτσων",-1,1],
];
var A_24=[
["ιρ",-1,1],
["ψαλ",-1,1],
["αιφν",-1,1],
["ολο",-1,1],
];
var A_25=[
["ε",-1,1],
["παιχν",-1,1],
];
var A_26=[
["ιδια",-1,1],
["ιδιων",-1,1],
["ιδιο",-1,1],
];
var A_27=[
["ρ",-1,1],
["ιβ",-1,1],
["δ",-1,1],
["λυκ",-1,1],
["φραγκ",-1,1],
["οβελ",-1,1],
["μην",-1,1],
];
var A_28=[
["ισκοσ",-1,1],
["ισκου",-1,1],
["ισκε",-1,1],
["ισκο",-1,1],
];
var A_29=[
["αδεσ",-1,1],
["αδων",-1,1],
];
var A_30=[
["μπαμπ",-1,-1],
["κυρ",-1,-1],
["πατερ",-1,-1],
["πεθερ",-1,-1],
["νταντ",-1,-1],
["γιαγι",-1,-1],
["θει",-1,-1],
["οκ",-1,-1],
["μαμ",-1,-1],
["μαν",-1,-1],
];
var A_31=[
["εδεσ",-1,1],
["εδων",-1,1],
];
var A_32=[
["κρασπ",-1,1],
["υπ",-1,1],
["δαπ",-1,1],
["γηπ",-1,1],
["ιπ",-1,1],
["εμπ",-1,1],
["οπ",-1,1],
["μιλ",-1,1],
];
var A_33=[
["ουδεσ",-1,1],
["ουδων",-1,1],
];
var A_34=[
["σπ",-1,1],
["φρ",-1,1],
["σ",-1,1],
["λιχ",-1,1],
["τραγ",-1,1],
["φε",-1,1],
["αρκ",-1,1],
["σκ",-1,1],
["καλιακ",-1,1],
["λουλ",-1,1],
["φλ",-1,1],
["πεταλ",-1,1],
["βελ",-1,1],
["χν",-1,1],
["πλεξ",-1,1],
];
var A_35=[
["εωσ",-1,1],
["εων",-1,1],
];
var A_36=[
["π",-1,1],
["παρ",-1,1],
["δ",-1,1],
["ιδ",2,1],
["θ",-1,1],
["γαλ",-1,1],
["ελ",-1,1],
["ν",-1,1],
];
var A_37=[
["ιου",-1,1],
["ια",-1,1],
["ιων",-1,1],
];
var A_38=[
["ικου",-1,1],
["ικα",-1,1],
["ικων",-1,1],
["ικο",-1,1],
];
var A_39=[
["καλπ",-1,1],
["γερ",-1,1],
["πλιατσ",-1,1],
["πετσ",-1,1],
["πιτσ",-1,1],
["φυσ",-1,1],
["χασ",-1,1],
["μποσ",-1,1],
["σερτ",-1,1],
["μπαγιατ",-1,1],
["νιτ",-1,1],
["πικαντ",-1,1],
["εξωδ",-1,1],
["αδ",-1,1],
["καταδ",13,1],
["συναδ",13,1],
["αντιδ",-1,1],
["ενδ",-1,1],
["υποδ",-1,1],
["πρωτοδ",-1,1],
["φυλοδ",-1,1],
["ηθ",-1,1],
["ανηθ",21,1],
["ξικ",-1,1],
["μουλ",-1,1],
["αλ",-1,1],
["αμμοχαλ",25,1],
["συνομηλ",-1,1],
["μπολ",-1,1],
["βρωμ",-1,1],
["τσαμ",-1,1],
["μπαν",-1,1],
["αμαν",-1,1],
["καλλιν",-1,1],
["ποστελν",-1,1],
["φιλον",-1,1],
];
var A_40=[
["ουσαμε",-1,1],
["ησαμε",-1,1],
["αγαμε",-1,1],
["ηκαμε",-1,1],
["ηθηκαμε",3,1],
];
var A_41=[
["αναπ",-1,1],
["πικρ",-1,1],
["αποστ",-1,1],
["ποτ",-1,1],
["χ",-1,1],
["σιχ",4,1],
["βουβ",-1,1],
["πεθ",-1,1],
["ξεθ",-1,1],
["αποθ",-1,1],
["αποκ",-1,1],
["ουλ",-1,1],
];
var A_42=[
["τρ",-1,1],
["τσ",-1,1],
];
var A_43=[
["ουσανε",-1,1],
["ησανε",-1,1],
["ουντανε",-1,1],
["ιουντανε",2,1],
["οντανε",-1,1],
["ιοντανε",4,1],
["οτανε",-1,1],
["ιοτανε",6,1],
["αγανε",-1,1],
["ηκανε",-1,1],
["ηθηκανε",9,1],
];
var A_44=[
["π",-1,1],
["σπ",0,1],
["πολυδαπ",0,1],
["αδαπ",0,1],
["χαμηλοδαπ",0,1],
["τσοπ",0,1],
["κοπ",0,1],
["υποκοπ",6,1],
["περιτρ",-1,1],
["ουρ",-1,1],
["ερ",-1,1],
["βετερ",10,1],
["γερ",10,1],
["λουθηρ",-1,1],
["κορμορ",-1,1],
["σ",-1,1],
["σαρακατσ",15,1],
["θυσ",15,1],
["βασ",15,1],
["πολισ",15,1],
["καστ",-1,1],
["διατ",-1,1],
["πλατ",-1,1],
["τσαρλατ",-1,1],
["τετ",-1,1],
["πουριτ",-1,1],
["σουλτ",-1,1],
["ζωντ",-1,1],
["μαιντ",-1,1],
["φ",-1,1],
["πενταρφ",29,1],
["κοιλαρφ",29,1],
["ορφ",29,1],
["διαφ",29,1],
["στεφ",29,1],
["φωτοστεφ",34,1],
["περηφ",29,1],
["υπερηφ",36,1],
["χ",-1,1],
["πολυμηχ",38,1],
["αμηχ",38,1],
["βιομηχ",38,1],
["μικροβιομηχ",41,1],
["μεγλοβιομηχ",41,1],
["καπνοβιομηχ",41,1],
["λιχ",38,1],
["ταβ",-1,1],
["νταβ",46,1],
["ψηλοταβ",46,1],
["λιβ",-1,1],
["κλιβ",49,1],
["ξηροκλιβ",50,1],
["γ",-1,1],
["ανοργ",52,1],
["ενοργ",52,1],
["αγ",52,1],
["τραγ",55,1],
["τσαγ",55,1],
["τσιγγ",52,1],
["ατσιγγ",58,1],
["αθιγγ",52,1],
["στεγ",52,1],
["απηγ",52,1],
["σιγ",52,1],
["καλπουζ",-1,1],
["θ",-1,1],
["μωαμεθ",65,1],
["πιθ",65,1],
["απιθ",67,1],
["βασκ",-1,1],
["βραχυκ",-1,1],
["δεκ",-1,1],
["πελεκ",-1,1],
["ικ",-1,1],
["ανικ",73,1],
["βουλκ",-1,1],
["πλ",-1,1],
["διπλ",76,1],
["ψυχοπλ",76,1],
["λαοπλ",76,1],
["ουλ",-1,1],
["γαλ",-1,1],
["βαθυγαλ",81,1],
["καταγαλ",81,1],
["ολογαλ",81,1],
["καστελ",-1,1],
["μελ",-1,1],
["πορτολ",-1,1],
["μ",-1,1],
["δραδουμ",88,1],
["βραχμ",88,1],
["ολιγοδαμ",88,1],
["μουσουλμ",88,1],
["ν",-1,1],
["αμερικαν",93,1],
];
var A_45=[
["ησετε",-1,1],
];
var A_46=[
["πυρ",-1,1],
["ευρ",-1,1],
["χωρ",-1,1],
["βαρ",-1,1],
["βρ",-1,1],
["αιρ",-1,1],
["φορ",-1,1],
["νετ",-1,1],
["σχ",-1,1],
["συνδ",-1,1],
["ενδ",-1,1],
["οδ",-1,1],
["υπερθ",-1,1],
["σθ",-1,1],
["ευθ",-1,1],
["ραθ",-1,1],
["ταθ",-1,1],
["διαθ",-1,1],
["καθ",-1,1],
["τιθ",-1,1],
["εκθ",-1,1],
["συνθ",-1,1],
["ενθ",-1,1],
["ροθ",-1,1],
["αρκ",-1,1],
["ωφελ",-1,1],
["βολ",-1,1],
["συν",-1,1],
["αιν",-1,1],
["πον",-1,1],
["ρον",-1,1],
];
var A_47=[
["σερπ",-1,1],
["κοπ",-1,1],
["θαρρ",-1,1],
["ντρ",-1,1],
["αβαρ",-1,1],
["εναρ",-1,1],
["αβρ",-1,1],
["μπορ",-1,1],
["υ",-1,1],
["συρφ",-1,1],
["νιφ",-1,1],
["παγ",-1,1],
["δ",-1,1],
["αδ",12,1],
["θ",-1,1],
["αθ",14,1],
["σκ",-1,1],
["τοκ",-1,1],
["απλ",-1,1],
["παρακαλ",-1,1],
["σκελ",-1,1],
["εμ",-1,1],
["αν",-1,1],
["βεν",-1,1],
["βαρον",-1,1],
];
var A_48=[
["ωντασ",-1,1],
["οντασ",-1,1],
];
var A_49=[
["ομαστε",-1,1],
["ιομαστε",0,1],
];
var A_50=[
["π",-1,1],
["απ",0,1],
["ακαταπ",1,1],
["συμπ",0,1],
["ασυμπ",3,1],
["αμεταμφ",-1,1],
];
var A_51=[
["αρ",-1,1],
["νισ",-1,1],
["ζ",-1,1],
["αλ",-1,1],
["παρακαλ",3,1],
["εκτελ",-1,1],
["μ",-1,1],
["ξ",-1,1],
["προ",-1,1],
];
var A_52=[
["ηθηκεσ",-1,1],
["ηθηκα",-1,1],
["ηθηκε",-1,1],
];
var A_53=[
["σφ",-1,1],
["ναρθ",-1,1],
["πιθ",-1,1],
["οθ",-1,1],
["σκουλ",-1,1],
["σκωλ",-1,1],
];
var A_54=[
["θ",-1,1],
["προσθ",0,1],
["παρακαταθ",0,1],
["διαθ",0,1],
["συνθ",0,1],
];
var A_55=[
["ηκεσ",-1,1],
["ηκα",-1,1],
["ηκε",-1,1],
];
var A_56=[
["βλεπ",-1,1],
["ποδαρ",-1,1],
["πρωτ",-1,1],
["κυματ",-1,1],
["πανταχ",-1,1],
["λαχ",-1,1],
["φαγ",-1,1],
["ληγ",-1,1],
["φρυδ",-1,1],
["μαντιλ",-1,1],
["μαλλ",-1,1],
["ομ",-1,1],
];
var A_57=[
["εκλιπ",-1,1],
["ρ",-1,1],
["αναρρ",1,1],
["ενδιαφερ",1,1],
["πατ",-1,1],
["καθαρευ",-1,1],
["δευτερευ",-1,1],
["λεχ",-1,1],
["τσα",-1,1],
["χαδ",-1,1],
["μεδ",-1,1],
["λαμπιδ",-1,1],
["δε",-1,1],
["πλε",-1,1],
["μεσαζ",-1,1],
["δεσποζ",-1,1],
["αιθ",-1,1],
["φαρμακ",-1,1],
["αγκ",-1,1],
["ανηκ",-1,1],
["λ",-1,1],
["μ",-1,1],
["αμ",21,1],
["βρομ",21,1],
["υποτειν",-1,1],
];
var A_58=[
["ουσεσ",-1,1],
["ουσα",-1,1],
["ουσε",-1,1],
];
var A_59=[
["ψοφ",-1,-1],
["ναυλοχ",-1,-1],
];
var A_60=[
["ρπ",-1,1],
["πρ",-1,1],
["φρ",-1,1],
["χορτ",-1,1],
["σφ",-1,1],
["οφ",-1,1],
["λοχ",-1,1],
["πελ",-1,1],
["λλ",-1,1],
["σμην",-1,1],
];
var A_61=[
["π",-1,1],
["ασπ",0,1],
["ανυπ",0,1],
["αρτιπ",0,1],
["αειπ",0,1],
["συμπ",0,1],
["προσωποπ",0,1],
["σιδηροπ",0,1],
["δροσοπ",0,1],
["νεοπ",0,1],
["κροκαλοπ",0,1],
["ολοπ",0,1],
["ρ",-1,1],
["τρ",12,1],
["ουρ",12,1],
["ασπαρ",12,1],
["χαρ",12,1],
["αχαρ",16,1],
["απερ",12,1],
["τ",-1,1],
["ανυστ",19,1],
["αβαστ",19,1],
["προστ",19,1],
["αιμοστ",19,1],
["διατ",19,1],
["επιτ",19,1],
["συντ",19,1],
["υποτ",19,1],
["αποτ",19,1],
["ομοτ",19,1],
["νομοτ",29,1],
["ναυ",-1,1],
["πολυφ",-1,1],
["αφ",-1,1],
["ξεφ",-1,1],
["αδηφ",-1,1],
["παμφ",-1,1],
["αμαλλι",-1,1],
["λ",-1,1],
["αμαλ",38,1],
["μ",-1,1],
["ουλαμ",40,1],
["εν",-1,1],
["δερβεν",42,1],
];
var A_62=[
["αγεσ",-1,1],
["αγα",-1,1],
["αγε",-1,1],
];
var A_63=[
["ησου",-1,1],
["ησα",-1,1],
["ησε",-1,1],
];
var A_64=[
["ν",-1,1],
["επταν",0,1],
["δωδεκαν",0,1],
["χερσον",0,1],
["μεγαλον",0,1],
["ερημον",0,1],
];
var A_65=[
["ηστε",-1,1],
];
var A_66=[
["χρ",-1,1],
["δυσχρ",0,1],
["ευχρ",0,1],
["αχρ",0,1],
["κοινοχρ",0,1],
["παλιμψ",-1,1],
["σβ",-1,1],
["ασβ",6,1],
["απλ",-1,1],
["αειμν",-1,1],
];
var A_67=[
["ουνε",-1,1],
["ησουνε",0,1],
["ηθουνε",0,1],
];
var A_68=[
["ρ",-1,1],
["στραβομουτσ",-1,1],
["κακομουτσ",-1,1],
["σπι",-1,1],
["ν",-1,1],
["εξων",4,1],
];
var A_69=[
["ουμε",-1,1],
["ησουμε",0,1],
["ηθουμε",0,1],
];
var A_70=[
["ασουσ",-1,1],
["παρασουσ",0,1],
["αλλοσουσ",-1,1],
["φ",-1,1],
["χ",-1,1],
["αζ",-1,1],
["ωριοπλ",-1,1],
];
var A_71=[
["ματοσ",-1,1],
["ματα",-1,1],
["ματων",-1,1],
];
var A_72=[
["υσ",-1,1],
["ουσ",0,1],
["ασ",-1,1],
["εσ",-1,1],
["ησεσ",3,1],
["ηδεσ",3,1],
["ησ",-1,1],
["εισ",-1,1],
["ηθεισ",7,1],
["οσ",-1,1],
["υ",-1,1],
["ου",10,1],
["ω",-1,1],
["ησω",12,1],
["αω",12,1],
["ηθω",12,1],
["α",-1,1],
["ιουμα",16,1],
["οσουνα",16,1],
["ιοσουνα",18,1],
["ομουνα",16,1],
["ιομουνα",20,1],
["ε",-1,1],
["ιεσαστε",22,1],
["οσαστε",22,1],
["ιοσαστε",24,1],
["ουμαστε",22,1],
["ιουμαστε",26,1],
["ιεμαστε",22,1],
["ουσατε",22,1],
["ησατε",22,1],
["αγατε",22,1],
["ηκατε",22,1],
["ηθηκατε",32,1],
["ειτε",22,1],
["ηθειτε",34,1],
["η",-1,1],
["ι",-1,1],
["ασαι",37,1],
["εσαι",37,1],
["ιεσαι",39,1],
["αται",37,1],
["εται",37,1],
["ιεται",42,1],
["ουνται",37,1],
["ιουνται",44,1],
["ονται",37,1],
["ουμαι",37,1],
["αμαι",37,1],
["ιεμαι",37,1],
["ομαι",37,1],
["ει",37,1],
["ησει",51,1],
["αει",51,1],
["ηθει",51,1],
["οι",37,1],
["ουν",-1,1],
["ησουν",56,1],
["οσουν",56,1],
["ιοσουν",58,1],
["ηθουν",56,1],
["ομουν",56,1],
["ιομουν",61,1],
["ων",-1,1],
["ηδων",63,1],
["αν",-1,1],
["ουσαν",65,1],
["οντουσαν",66,1],
["ιοντουσαν",67,1],
["ησαν",65,1],
["οσασταν",65,1],
["ιοσασταν",70,1],
["ομασταν",65,1],
["ιομασταν",72,1],
["ουνταν",65,1],
["ιουνταν",74,1],
["ονταν",65,1],
["ιονταν",76,1],
["οταν",65,1],
["ιοταν",78,1],
["αγαν",65,1],
["ηκαν",65,1],
["ηθηκαν",81,1],
["ο",-1,1],
];
var A_73=[
["εστερ",-1,1],
["υτερ",-1,1],
["ωτερ",-1,1],
["οτερ",-1,1],
["εστατ",-1,1],
["υτατ",-1,1],
["ωτατ",-1,1],
["οτατ",-1,1],
];
var G_v=[81,65,16,1];
var G_v2=[81,65,0,1];
function r_has_min_length(e,x){
if(!((e.chars())>=3)){
return!1;
}
return!0;
}
function r_tolower(e,x){
var a;
R0:for(;;){
var v_1=e.l-e.c;
L1:for(let i1=0,n1=1;i1<n1;i1++){
e.ket=e.c;
a=e.find_among_b(A_0,x);
if(a==0){
break L1;
}
e.bra=e.c;
if(a==1){
if(!e.slice_from("α")){
return!1;
}
}else if(a==2){
if(!e.slice_from("β")){
return!1;
}
}else if(a==3){
if(!e.slice_from("γ")){
return!1;
}
}else if(a==4){
if(!e.slice_from("δ")){
return!1;
}
}else if(a==5){
if(!e.slice_from("ε")){
return!1;
}
}else if(a==6){
if(!e.slice_from("ζ")){
return!1;
}
}else if(a==7){
if(!e.slice_from("η")){
return!1;
}
}else if(a==8){
if(!e.slice_from("θ")){
return!1;
}
}else if(a==9){
if(!e.slice_from("ι")){
return!1;
}
}else if(a==10){
if(!e.slice_from("κ")){
return!1;
}
}else if(a==11){
if(!e.slice_from("λ")){
return!1;
}
}else if(a==12){
if(!e.slice_from("μ")){
return!1;
}
}else if(a==13){
if(!e.slice_from("ν")){
return!1;
}
}else if(a==14){
if(!e.slice_from("ξ")){
return!1;
}
}else if(a==15){
if(!e.slice_from("ο")){
return!1;
}
}else if(a==16){
if(!e.slice_from("π")){
return!1;
}
}else if(a==17){
if(!e.slice_from("ρ")){
return!1;
}
}else if(a==18){
if(!e.slice_from("σ")){
return!1;
}
}else if(a==19){
if(!e.slice_from("τ")){
return!1;
}
}else if(a==20){
if(!e.slice_from("υ")){
return!1;
}
}else if(a==21){
if(!e.slice_from("φ")){
return!1;
}
}else if(a==22){
if(!e.slice_from("χ")){
return!1;
}
}else if(a==23){
if(!e.slice_from("ψ")){
return!1;
}
}else if(a==24){
if(!e.slice_from("ω")){
return!1;
}
}else if(a==25){
if(e.c<=e.lb){
break L1;
}
e.previous_char();
}
continue R0;
}
e.c=e.l-v_1;
break R0;
}
return!0;
}
function r_step1(e,x){
var a;
e.ket=e.c;
a=e.find_among_b(A_1,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==1){
if(!e.slice_from("φα")){
return!1;
}
}else if(a==2){
if(!e.slice_from("σκα")){
return!1;
}
}else if(a==3){
if(!e.slice_from("ολο")){
return!1;
}
}else if(a==4){
if(!e.slice_from("σο")){
return!1;
}
}else if(a==5){
if(!e.slice_from("τατο")){
return!1;
}
}else if(a==6){
if(!e.slice_from("κρε")){
return!1;
}
}else if(a==7){
if(!e.slice_from("περ")){
return!1;
}
}else if(a==8){
if(!e.slice_from("τερ")){
return!1;
}
}else if(a==9){
if(!e.slice_from("φω")){
return!1;
}
}else if(a==10){
if(!e.slice_from("καθεστ")){
return!1;
}
}else if(a==11){
if(!e.slice_from("γεγον")){
return!1;
}
}
x.b_test1=false;
return!0;
}
function r_steps1(e,x){
e.ket=e.c;
if(e.find_among_b(A_4,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(e.find_among_b(A_2,x)==0){
break L1;
}
e.bra=e.c;
if(e.c>e.lb){
break L1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ι")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
if(e.find_among_b(A_3,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ιζ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
return!0;
}
function r_steps2(e,x){
e.ket=e.c;
if(e.find_among_b(A_6,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(e.find_among_b(A_5,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ων")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_steps3(e,x){
e.ket=e.c;
if(e.find_among_b(A_9,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
if(!e.eq_s_b("ισα")){
break L1;
}
if(e.c>e.lb){
break L1;
}
if(!e.slice_from("ισ")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
L2:for(;;){
e.ket=e.c;
if(e.find_among_b(A_7,x)==0){
break L2;
}
e.bra=e.c;
if(e.c>e.lb){
break L2;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ι")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
if(e.find_among_b(A_8,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ισ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
return!0;
}
function r_steps4(e,x){
e.ket=e.c;
if(e.find_among_b(A_11,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(e.find_among_b(A_10,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ι")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_steps5(e,x){
e.ket=e.c;
if(e.find_among_b(A_14,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(e.find_among_b(A_12,x)==0){
break L1;
}
e.bra=e.c;
if(e.c>e.lb){
break L1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ι")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
if(e.find_among_b(A_13,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ιστ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
return!0;
}
function r_steps6(e,x){
var a;
e.ket=e.c;
if(e.find_among_b(A_18,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(e.find_among_b(A_15,x)==0){
break L1;
}
e.bra=e.c;
if(e.c>e.lb){
break L1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ισμ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
L2:for(;;){
e.ket=e.c;
if(e.find_among_b(A_16,x)==0){
break L2;
}
e.bra=e.c;
if(e.c>e.lb){
break L2;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ι")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
a=e.find_among_b(A_17,x);
if(a==0){
return!1;
}
e.bra=e.c;
if(a==1){
if(!e.slice_from("αγνωστ")){
return!1;
}
}else if(a==2){
if(!e.slice_from("ατομ")){
return!1;
}
}else if(a==3){
if(!e.slice_from("γνωστ")){
return!1;
}
}else if(a==4){
if(!e.slice_from("εθν")){
return!1;
}
}else if(a==5){
if(!e.slice_from("εκλεκτ")){
return!1;
}
}else if(a==6){
if(!e.slice_from("σκεπτ")){
return!1;
}
}else if(a==7){
if(!e.slice_from("τοπ")){
return!1;
}
}else if(a==8){
if(!e.slice_from("αλεξανδρ")){
return!1;
}
}else if(a==9){
if(!e.slice_from("βυζαντ")){
return!1;
}
}else if(a==10){
if(!e.slice_from("θεατρ")){
return!1;
}
}
break L0;
}
return!0;
}
function r_steps7(e,x){
e.ket=e.c;
if(e.find_among_b(A_20,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(e.find_among_b(A_19,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("αρακ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_steps8(e,x){
e.ket=e.c;
if(e.find_among_b(A_23,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(e.find_among_b(A_21,x)==0){
break L1;
}
e.bra=e.c;
if(e.c>e.lb){
break L1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ακ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
L2:for(;;){
e.ket=e.c;
if(e.find_among_b(A_22,x)==0){
break L2;
}
e.bra=e.c;
if(e.c>e.lb){
break L2;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ιτσ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
if(!e.eq_s_b("κορ")){
return!1;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ιτσ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
return!0;
}
function r_steps9(e,x){
e.ket=e.c;
if(e.find_among_b(A_26,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(e.find_among_b(A_24,x)==0){
break L1;
}
e.bra=e.c;
if(e.c>e.lb){
break L1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ιδ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
if(e.find_among_b(A_25,x)==0){
return!1;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ιδ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
return!0;
}
function r_steps10(e,x){
e.ket=e.c;
if(e.find_among_b(A_28,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(e.find_among_b(A_27,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ισκ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step2a(e,x){
e.ket=e.c;
if(e.find_among_b(A_29,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
if(e.find_among_b(A_30,x)==0){
break L0;
}
e.bra=e.c;
return!1;
}
e.c=e.l-v_1;
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,"αδ");
e.c=c;
return!0;
}
function r_step2b(e,x){
e.ket=e.c;
if(e.find_among_b(A_31,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
e.ket=e.c;
if(e.find_among_b(A_32,x)==0){
return!1;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("εδ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step2c(e,x){
e.ket=e.c;
if(e.find_among_b(A_33,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
e.ket=e.c;
if(e.find_among_b(A_34,x)==0){
return!1;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ουδ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step2d(e,x){
e.ket=e.c;
if(e.find_among_b(A_35,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(e.find_among_b(A_36,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ε")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step3(e,x){
e.ket=e.c;
if(e.find_among_b(A_37,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(!e.in_grouping_b(G_v,945,969)){
return!1;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ι")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step4(e,x){
e.ket=e.c;
if(e.find_among_b(A_38,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(!e.in_grouping_b(G_v,945,969)){
break L1;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ικ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
break L0;
}
if(e.find_among_b(A_39,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ικ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step5a(e,x){
var v_1=e.l-e.c;
L0:for(;;){
if(!e.eq_s_b("αγαμε")){
break L0;
}
if(e.c>e.lb){
break L0;
}
if(!e.slice_from("αγαμ")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
var v_2=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(e.find_among_b(A_40,x)==0){
break L1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
break L1;
}
e.c=e.l-v_2;
e.ket=e.c;
if(!e.eq_s_b("αμε")){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(e.find_among_b(A_41,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("αμ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step5b(e,x){
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
if(e.find_among_b(A_43,x)==0){
break L0;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(e.find_among_b(A_42,x)==0){
break L0;
}
e.bra=e.c;
if(e.c>e.lb){
break L0;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("αγαν")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
if(!e.eq_s_b("ανε")){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
L1:for(;;){
var v_2=e.l-e.c;
L2:for(;;){
e.ket=e.c;
if(!e.in_grouping_b(G_v2,945,969)){
break L2;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("αν")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L1;
}
e.c=e.l-v_2;
e.ket=e.c;
break L1;
}
if(e.find_among_b(A_44,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("αν")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step5c(e,x){
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
if(e.find_among_b(A_45,x)==0){
break L0;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
if(!e.eq_s_b("ετε")){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
L1:for(;;){
var v_2=e.l-e.c;
L2:for(;;){
e.ket=e.c;
if(!e.in_grouping_b(G_v2,945,969)){
break L2;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ετ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L1;
}
e.c=e.l-v_2;
L3:for(;;){
e.ket=e.c;
if(e.find_among_b(A_46,x)==0){
break L3;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ετ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L1;
}
e.c=e.l-v_2;
e.ket=e.c;
break L1;
}
if(e.find_among_b(A_47,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ετ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step5d(e,x){
e.ket=e.c;
if(e.find_among_b(A_48,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(!e.eq_s_b("αρχ")){
break L1;
}
e.bra=e.c;
if(e.c>e.lb){
break L1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("οντ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
if(!e.eq_s_b("κρε")){
return!1;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ωντ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
return!0;
}
function r_step5e(e,x){
e.ket=e.c;
if(e.find_among_b(A_49,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(!e.eq_s_b("ον")){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ομαστ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step5f(e,x){
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
if(!e.eq_s_b("ιεστε")){
break L0;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(e.find_among_b(A_50,x)==0){
break L0;
}
e.bra=e.c;
if(e.c>e.lb){
break L0;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ιεστ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
if(!e.eq_s_b("εστε")){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(e.find_among_b(A_51,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ιεστ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step5g(e,x){
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
if(e.find_among_b(A_52,x)==0){
break L0;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
if(e.find_among_b(A_55,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
L1:for(;;){
var v_2=e.l-e.c;
L2:for(;;){
e.ket=e.c;
if(e.find_among_b(A_53,x)==0){
break L2;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ηκ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L1;
}
e.c=e.l-v_2;
e.ket=e.c;
if(e.find_among_b(A_54,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ηκ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L1;
}
return!0;
}
function r_step5h(e,x){
e.ket=e.c;
if(e.find_among_b(A_58,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(e.find_among_b(A_56,x)==0){
break L1;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ουσ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
e.ket=e.c;
if(e.find_among_b(A_57,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ουσ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
return!0;
}
function r_step5i(e,x){
e.ket=e.c;
if(e.find_among_b(A_62,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
L0:for(;;){
var v_1=e.l-e.c;
L1:for(;;){
e.ket=e.c;
if(!e.eq_s_b("κολλ")){
break L1;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("αγ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L0;
}
e.c=e.l-v_1;
var v_2=e.l-e.c;
L2:for(;;){
e.ket=e.c;
if(e.find_among_b(A_59,x)==0){
break L2;
}
e.bra=e.c;
return!1;
}
e.c=e.l-v_2;
L3:for(;;){
var v_3=e.l-e.c;
L4:for(;;){
e.ket=e.c;
if(e.find_among_b(A_60,x)==0){
break L4;
}
e.bra=e.c;
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("αγ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L3;
}
e.c=e.l-v_3;
e.ket=e.c;
if(e.find_among_b(A_61,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("αγ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
break L3;
}
break L0;
}
return!0;
}
function r_step5j(e,x){
e.ket=e.c;
if(e.find_among_b(A_63,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(e.find_among_b(A_64,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ησ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step5k(e,x){
e.ket=e.c;
if(e.find_among_b(A_65,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(e.find_among_b(A_66,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ηστ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step5l(e,x){
e.ket=e.c;
if(e.find_among_b(A_67,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(e.find_among_b(A_68,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ουν")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step5m(e,x){
e.ket=e.c;
if(e.find_among_b(A_69,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
x.b_test1=false;
e.ket=e.c;
if(e.find_among_b(A_70,x)==0){
return!1;
}
e.bra=e.c;
if(e.c>e.lb){
return!1;
}
x.S_s=e.slice_to();
if((x.S_s.length===0)){
return!1;
}
if(!e.slice_from("ουμ")){
return!1;
}
var c=e.c;
var bra=e.c,ket=e.c;
e.insert(bra,ket,x.S_s);
e.c=c;
return!0;
}
function r_step6(e,x){
var v_1=e.l-e.c;
L0:for(;;){
e.ket=e.c;
if(e.find_among_b(A_71,x)==0){
break L0;
}
e.bra=e.c;
if(!e.slice_from("μα")){
return!1;
}
break L0;
}
e.c=e.l-v_1;
if(!x.b_test1){
return!1;
}
e.ket=e.c;
if(e.find_among_b(A_72,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
return!0;
}
function r_step7(e,x){
e.ket=e.c;
if(e.find_among_b(A_73,x)==0){
return!1;
}
e.bra=e.c;
if(!e.slice_del()){
return!1;
}
return!0;
}
function snowball(e){
var x={
S_s:[],
b_test1:false,
};
e.lb=e.c;
e.c=e.l;
var v_1=e.l-e.c;
L0:for(;;){
if(!r_tolower(e,x)){
break L0;
}
break L0;
}
e.c=e.l-v_1;
if(!r_has_min_length(e,x)){
return!1;
}
x.b_test1=true;
var v_2=e.l-e.c;
L1:for(;;){
if(!r_step1(e,x)){
break L1;
}
break L1;
}
e.c=e.l-v_2;
var v_3=e.l-e.c;
L2:for(;;){
if(!r_steps1(e,x)){
break L2;
}
break L2;
}
e.c=e.l-v_3;
var v_4=e.l-e.c;
L3:for(;;){
if(!r_steps2(e,x)){
break L3;
}
break L3;
}
e.c=e.l-v_4;
var v_5=e.l-e.c;
L4:for(;;){
if(!r_steps3(e,x)){
break L4;
}
break L4;
}
e.c=e.l-v_5;
var v_6=e.l-e.c;
L5:for(;;){
if(!r_steps4(e,x)){
break L5;
}
break L5;
}
e.c=e.l-v_6;
var v_7=e.l-e.c;
L6:for(;;){
if(!r_steps5(e,x)){
break L6;
}
break L6;
}
e.c=e.l-v_7;
var v_8=e.l-e.c;
L7:for(;;){
if(!r_steps6(e,x)){
break L7;
}
break L7;
}
e.c=e.l-v_8;
var v_9=e.l-e.c;
L8:for(;;){
if(!r_steps7(e,x)){
break L8;
}
break L8;
}
e.c=e.l-v_9;
var v_10=e.l-e.c;
L9:for(;;){
if(!r_steps8(e,x)){
break L9;
}
break L9;
}
e.c=e.l-v_10;
var v_11=e.l-e.c;
L10:for(;;){
if(!r_steps9(e,x)){
break L10;
}
break L10;
}
e.c=e.l-v_11;
var v_12=e.l-e.c;
L11:for(;;){
if(!r_steps10(e,x)){
break L11;
}
break L11;
}
e.c=e.l-v_12;
var v_13=e.l-e.c;
L12:for(;;){
if(!r_step2a(e,x)){
break L12;
}
break L12;
}
e.c=e.l-v_13;
var v_14=e.l-e.c;
L13:for(;;){
if(!r_step2b(e,x)){
break L13;
}
break L13;
}
e.c=e.l-v_14;
var v_15=e.l-e.c;
L14:for(;;){
if(!r_step2c(e,x)){
break L14;
}
break L14;
}
e.c=e.l-v_15;
var v_16=e.l-e.c;
L15:for(;;){
if(!r_step2d(e,x)){
break L15;
}
break L15;
}
e.c=e.l-v_16;
var v_17=e.l-e.c;
L16:for(;;){
if(!r_step3(e,x)){
break L16;
}
break L16;
}
e.c=e.l-v_17;
var v_18=e.l-e.c;
L17:for(;;){
if(!r_step4(e,x)){
break L17;
}
break L17;
}
e.c=e.l-v_18;
var v_19=e.l-e.c;
L18:for(;;){
if(!r_step5a(e,x)){
break L18;
}
break L18;
}
e.c=e.l-v_19;
var v_20=e.l-e.c;
L19:for(;;){
if(!r_step5b(e,x)){
break L19;
}
break L19;
}
e.c=e.l-v_20;
var v_21=e.l-e.c;
L20:for(;;){
if(!r_step5c(e,x)){
break L20;
}
break L20;
}
e.c=e.l-v_21;
var v_22=e.l-e.c;
L21:for(;;){
if(!r_step5d(e,x)){
break L21;
}
break L21;
}
e.c=e.l-v_22;
var v_23=e.l-e.c;
L22:for(;;){
if(!r_step5e(e,x)){
break L22;
}
break L22;
}
e.c=e.l-v_23;
var v_24=e.l-e.c;
L23:for(;;){
if(!r_step5f(e,x)){
break L23;
}
break L23;
}
e.c=e.l-v_24;
var v_25=e.l-e.c;
L24:for(;;){
if(!r_step5g(e,x)){
break L24;
}
break L24;
}
e.c=e.l-v_25;
var v_26=e.l-e.c;
L25:for(;;){
if(!r_step5h(e,x)){
break L25;
}
break L25;
}
e.c=e.l-v_26;
var v_27=e.l-e.c;
L26:for(;;){
if(!r_step5j(e,x)){
break L26;
}
break L26;
}
e.c=e.l-v_27;
var v_28=e.l-e.c;
L27:for(;;){
if(!r_step5i(e,x)){
break L27;
}
break L27;
}
e.c=e.l-v_28;
var v_29=e.l-e.c;
L28:for(;;){
if(!r_step5k(e,x)){
break L28;
}
break L28;
}
e.c=e.l-v_29;
var v_30=e.l-e.c;
L29:for(;;){
if(!r_step5l(e,x)){
break L29;
}
break L29;
}
e.c=e.l-v_30;
var v_31=e.l-e.c;
L30:for(;;){
if(!r_step5m(e,x)){
break L30;
}
break L30;
}
e.c=e.l-v_31;
var v_32=e.l-e.c;
L31:for(;;){
if(!r_step6(e,x)){
break L31;
}
break L31;
}
e.c=e.l-v_32;
var v_33=e.l-e.c;
L32:for(;;){
if(!r_step7(e,x)){
break L32;
}
break L32;
}
e.c=e.l-v_33;
e.c=e.lb;
return!0;
}
