# ruff: noqa: E501
"""Hand-written narratives, writer m: very noisy text."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="heavy", batch="m",
    pattern="ex_waits_outside_work_new_numbers", relationship="ex_partner", occasions=4,
    text="""\
0812 CLR STATES EX BF JORDAN FENWICK HAS BEEN OUTSIDE HER WORK AGAIN (GREGGS WALSALL) SAT IN HIS VAN SINCE 0730 WAITING FOR HER, 4TH TIME SINCE MON. SHE HAS BLOCKED HIM ON EVRYTHING BUT HE KEEPS RINGING FROM DIFF NUMBERS SAYING THEY ARE MEANT TO BE TOGETHER N SHE WILL COME ROUND
0815 CLR SAYS NOT SCARED OF HIM JUST FED UP. NO THREATS. WHITE TRANSIT .. G2
0847 ASNT. CRIME TO BE RAISED""",
    spans=[
        ("STALK_TURN_UP", "HAS BEEN OUTSIDE HER WORK AGAIN"),
        ("STALK_LOITER", "SAT IN HIS VAN SINCE 0730 WAITING FOR HER"),
        ("REPETITION", "4TH TIME SINCE MON"),
        ("UNWANTED", "SHE HAS BLOCKED HIM ON EVRYTHING"),
        ("STALK_CONTACT", "KEEPS RINGING FROM DIFF NUMBERS"),
        ("FIXATION", "SAYING THEY ARE MEANT TO BE TOGETHER"),
    ],
)

case(
    2, "no_offence", "",
    voice="notebook", case="lower", noise="typos", batch="m",
    pattern="single_road_rage_threat_stranger", relationship="stranger", occasions=1,
    text="""\
sat 12/10 1742 spoke to ip at macclesfield nick front counter. ip states male in blue audi cut her up on the a34 then got out at the lights by handforth dean n walked up to her windw shouting hes going to smash her face in. ip was shakin and terrifed, locked her doors, male got back in his car when lights changed. ip never seen him befor, vrm not obtaned. dashcam?? tbc""",
    spans=[
        ("THREAT_VIOLENCE", "hes going to smash her face in"),
        ("FEAR_OF_VIOLENCE", "ip was shakin and terrifed"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="updates", case="inconsistent", noise="typos", batch="m",
    pattern="neighbour_hedge_dispute_repeated_threats", relationship="neighbour", occasions=3,
    text="""\
UPDATE 14/06 - attended ip addr 22 Meadow rise, Ashby. ip Callum OKAFOR (52) states nxt door male Terry BANKS has again shouted over fence tht he will "put him in the ground" - this is over the hedge which ip says is long running. prev on 02/06 BANKS came to the door wiht a spade raised and said "next time i use it", ip says he honestly thought he was going to be hit and locked himself in.
UPDATE 15/06 - ip rang 0840, banks stood at end of drive this am and said "youre getting it". ip v frightened, beleives banks will attack him wen he goes to his car, has had his son stay over. BWV from 14th saved, banks not yet spoken to.
upd 17/06 tt ip no ans""",
    spans=[
        ("REPETITION", "has again shouted over fence"),
        ("THREAT_VIOLENCE", 'he will "put him in the ground"'),
        ("THREAT_VIOLENCE", "came to the door wiht a spade raised"),
        ("FEAR_OF_VIOLENCE", "honestly thought he was going to be hit"),
        ("THREAT_VIOLENCE", 'said "youre getting it"'),
        ("FEAR_OF_VIOLENCE", "beleives banks will attack him wen he goes to his car"),
    ],
)

case(
    4, "aggravated_harassment", "CR",
    voice="crime_summary", case="lower", noise="heavy", batch="m",
    pattern="customer_repeated_racial_religious_abuse_shopkeeper", relationship="customer", occasions=3,
    text="""\
ip owns the offy on brook st, susp Dean CARVER local male comes in most days. on 3/9 susp refused servce as drunk and called ip a "p***" and said "go home to ur own country" in front of customers, 5/9 came back and said similar + spat on counter, 11/9 again abuse re ip's turban saying "ur lot" dont belong round here. ip says hes not scared of carver at all but wants it stopped as its in front of his staff n his daughter works sat's. cctv seized x3 discs exh JH/1-3 . susp NFA'd for simlar 2023 see crime ref 21/88412/23""",
    spans=[
        ("RACIAL_HOSTILITY", 'called ip a "p***"'),
        ("RACIAL_HOSTILITY", '"go home to ur own country"'),
        ("REPETITION", "came back and said similar"),
        ("REPETITION", "11/9 again"),
        ("RELIGIOUS_HOSTILITY", 'abuse re ip\'s turban saying "ur lot" dont belong round here'),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="m",
    pattern="dating_app_match_new_accounts_gym_gift_signed_off", relationship="online", occasions=5,
    text="""\
mon 3rd - another msg from a new insta acc "@r_x_9912" says i look nice in the green top. i wore the green top today. didnt tell anyone
tues - 11 missed calls no caller id between 1am n 3am
thurs 6th - he was at puregym again when i came out of spin, just stood by the bike racks. i left by the back. have cancelled membership
fri - havnt been to work since thurs dr has signed me off 2 wks w anxiety. mum staying. i only met him twice off hinge in feb and told him in march i didnt want to see him agian
sat - a parcel left on step w my name on, its the perfume i said i liked on our first date. binned it. rang 101 ref 0449 of 08/04""",
    spans=[
        ("STALK_CONTACT", "another msg from a new insta acc"),
        ("STALK_WATCH", "says i look nice in the green top. i wore the green top today"),
        ("STALK_CONTACT", "11 missed calls no caller id between 1am n 3am"),
        ("STALK_TURN_UP", "he was at puregym again when i came out of spin"),
        ("STALK_LOITER", "just stood by the bike racks"),
        ("SERIOUS_IMPACT", "have cancelled membership"),
        ("SERIOUS_IMPACT", "dr has signed me off 2 wks w anxiety"),
        ("UNWANTED", "told him in march i didnt want to see him agian"),
        ("STALK_GIFTS", "a parcel left on step w my name on"),
        ("FIXATION", "its the perfume i said i liked on our first date"),
    ],
)

case(
    6, "harassment", "C",
    voice="mo_field", case="upper", noise="abbrev", batch="m",
    pattern="ex_friend_abusive_voicemails_loan_dispute", relationship="acquaintance", occasions=6,
    text="""\
SUSP (EX FRIEND OF IP) LEFT 6X ABUSIVE VMS OVER 2 DAYS RE £400 LOAN DISPUTE CALLING IP "FAT SLAG" "THIEVING C***" ETC. NO THREATS. IP UPSET, DOES NOT WANT SUSP ARRESTED JUST WARNED""",
    spans=[
        ("REPETITION", "6X ABUSIVE VMS OVER 2 DAYS"),
        ("DISTRESS", "IP UPSET"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="third_party", case="lower", noise="heavy", batch="m",
    pattern="neighbour_films_waits_notes_religious_hostility", relationship="neighbour", occasions=6,
    text="""\
call frm Nadia at the womens centre on behalf of client mrs Samira HUSSAIN (flat 4 , elm ct) - says the male in flat 2 keeps filming her on his fone wen she goes out, everytime she comes back from school run hes on the landing  waiting, weeks now. he has put notes under her door 'no burkas here' and 'terrorist' (client has kept 2 of them) and has been seen going thru her bins n taking her post. client not scared of him as such says hes "a sad little man" but upset and wants it to stop, doesnt want to move. caller asked for welfare vist, client speaks limited english - urdu interpreter needed""",
    spans=[
        ("STALK_WATCH", "keeps filming her on his fone"),
        ("FIXATION", "everytime she comes back from school run"),
        ("STALK_LOITER", "hes on the landing  waiting"),
        ("REPETITION", "weeks now"),
        ("STALK_CONTACT", "has put notes under her door"),
        ("RELIGIOUS_HOSTILITY", "'no burkas here'"),
        ("RELIGIOUS_HOSTILITY", "'terrorist'"),
        ("STALK_PROPERTY", "going thru her bins n taking her post"),
        ("DISTRESS", "upset and wants it to stop"),
    ],
)

case(
    8, "no_offence", "",
    voice="crime_summary", case="mixed", noise="typos", batch="m",
    pattern="landlord_arrears_letters_s21_gas_check", relationship="landlord", occasions=3,
    text="""\
IP Miss Kayleigh ROWNTREE reports her landlord Mr AZIZ (Harlow Lettings) is "harassing" her. On enquiry: IP is 2 months behind on rent, landlord has sent 2 letters re arrears (IP showed me, both polite, on headed paper) and a section 21 notice by recorded post on 19/02. He also attended on 26/02 with gas engineer for the annual saftey check, IP says he gave 24hrs notice by text. No abuse, he didnt come in past the kitchen. IP v anxious about loosing the flat with her 2 kids. Advised this is a civil/housing matter, signposted to Shelter and council housing options.  Nil crime. NFA""",
    spans=[
        ("DISTRESS", "IP v anxious about loosing the flat"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="dash_note", case="mixed", noise="abbrev", batch="m",
    pattern="ex_follows_sits_outside_racial_slurs_fear_moved_out", relationship="ex_partner", occasions=5,
    text="""\
DASH 16 Y - HIGH. MARAC ref sent 03/11.
IP (Chantelle BROWN-ADEYEMI 29) sep from susp Liam ROCK approx 6wks ago after 3 yr rel. since then susp has followed her from Tesco car park to her mums x2, sat outside her flat in his car "most nights", msgs daily - IP has blocked 2 nos. msgs contain racial abuse inc "n*****" and "go back to the jungle" (screenshots on IP's phone, not yet downloaded). Q8 yes, S-DASH 10/11 yes.
IP states "im scared hes going to kill me" - when he followed her on 28/10 she thought he would drag her out of the car. again on 01/11 he was at the window n she hid in the bathroom convinced he wud break in. IP now staying at sister's in Erdington w/ the kids, not been back to flat, off work.
Rationale: escalating, recent separation, prev DA x3 (not reported at time). Risk HIGH""",
    spans=[
        ("STALK_FOLLOW", "followed her from Tesco car park to her mums x2"),
        ("STALK_LOITER", 'sat outside her flat in his car "most nights"'),
        ("STALK_CONTACT", "msgs daily"),
        ("UNWANTED", "IP has blocked 2 nos"),
        ("RACIAL_HOSTILITY", '"n*****"'),
        ("RACIAL_HOSTILITY", '"go back to the jungle"'),
        ("FEAR_OF_VIOLENCE", "im scared hes going to kill me"),
        ("FEAR_OF_VIOLENCE", "she thought he would drag her out of the car"),
        ("STALK_WATCH", "he was at the window"),
        ("FEAR_OF_VIOLENCE", "convinced he wud break in"),
        ("SERIOUS_IMPACT", "now staying at sister's in Erdington w/ the kids, not been back to flat, off work"),
        ("ESCALATION", "escalating"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CF",
    voice="statement", case="lower", noise="typos", batch="m",
    pattern="ex_business_partner_threat_texts_money", relationship="business", occasions=3,
    text="""\
i want to report my old business partner Gareth PRYCE we fell out over the van hire company in jan and since then hes sent me loads of texts. 2nd march he said "i know where u live and im coming with a bat" i didnt sleep that night i genuinly thought he would turn up and do me in. 9th march another one "ur gonna end up in hospital mate" and then a voicemail on the 14th same sort of thing. im scared to open the door, i really think hes going to hurt me, hes done time for gbh before. i have all the texts. i dont care about the money anymore i just want him to stop""",
    spans=[
        ("THREAT_VIOLENCE", '"i know where u live and im coming with a bat"'),
        ("FEAR_OF_VIOLENCE", "genuinly thought he would turn up and do me in"),
        ("REPETITION", "9th march another one"),
        ("THREAT_VIOLENCE", '"ur gonna end up in hospital mate"'),
        ("REPETITION", "a voicemail on the 14th same sort of thing"),
        ("FEAR_OF_VIOLENCE", "i really think hes going to hurt me"),
    ],
)

case(
    11, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="m",
    pattern="colleague_locker_gifts_waits_car_park_asks_hr_address", relationship="colleague", occasions=5,
    text="""\
Sgt 3318 review 22/01: Crime currently classified as harassment. Having read the OEL - susp (Mark TILLEY, works same warehouse diff shift) has left choc + cards on IP's locker approx 5 times since Nov, cards signed "ur my person x", waits by her car in staff car park at end of her shift even tho his own shift finished 2hrs earlier, and asked HR for her home addr (refused). IP told him in Dec she's married and not interested. No threats made, IP says she's not frightened of him, more embarrassed. She hasn't changed anything at work. Pls reclassify, obtain statement from HR mgr (Denise) and CCTV of car park before overwritten. Consider EHN / words of advice v arrest - OIC to discuss with IP. Review 7 days.""",
    spans=[
        ("STALK_GIFTS", "left choc + cards on IP's locker"),
        ("REPETITION", "approx 5 times since Nov"),
        ("FIXATION", 'cards signed "ur my person x"'),
        ("STALK_LOITER", "waits by her car in staff car park at end of her shift"),
        ("FIXATION", "asked HR for her home addr"),
        ("UNWANTED", "told him in Dec she's married and not interested"),
    ],
)

case(
    12, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="heavy", batch="m",
    pattern="neighbour_nightly_anti_polish_threats_bottle", relationship="neighbour", occasions=4,
    text="""\
2214 RP MR PIOTR WOZNIAK 07700 9XXXXX STATES NEIGHBOUR AT NO 31 (KNOWN AS "GAZ") BANGING ON HIS WINDOWS SHOUTING POLISH SCUM GET OUT OF MY STREET ILL BURN YOU OUT. THIRD NIGHT RUNNING. RP HAS WIFE + 2 CHILDREN IN, V SCARED HE WILL COME THRU THE DOOR. RP SAYS ON SUN SAME MALE THREW A BOTTLE AT HIS CAR WHILE HE WAS SAT IN IT N SAID NEXT ONE IS YOUR HEAD, RP THOUGHT HE WAS GOING TO BE ATTACKED THEN
2216 G1 - THREATS, REPEAT, CHILDREN PRESENT. PREV LOG 1187 OF 19/05 REFERS
2231 UNITS ON SCENE. MALE DETAINED""",
    spans=[
        ("RACIAL_HOSTILITY", "POLISH SCUM GET OUT OF MY STREET"),
        ("THREAT_VIOLENCE", "ILL BURN YOU OUT"),
        ("REPETITION", "THIRD NIGHT RUNNING"),
        ("FEAR_OF_VIOLENCE", "V SCARED HE WILL COME THRU THE DOOR"),
        ("THREAT_VIOLENCE", "NEXT ONE IS YOUR HEAD"),
        ("FEAR_OF_VIOLENCE", "THOUGHT HE WAS GOING TO BE ATTACKED"),
    ],
)

case(
    13, "harassment", "CD",
    voice="result_note", case="lower", noise="abbrev", batch="m",
    pattern="sister_abusive_messages_inheritance_no_stalking", relationship="family", occasions=40,
    text="""\
result - susp is IP's sister Lorraine DAWES, 40+ txts + fb msgr since mums funeral 09/08 calling IP a "leech" "money grabbing bitch" re the will. no threats, no following, susp hasnt been near IP's home. IP has come off fb completely and stopped going to fam events bc of it, on meds from GP for stress. susp intvw'd vol 02/10 admits msgs "she deserved every word". charged, bail conds""",
    spans=[
        ("REPETITION", "40+ txts + fb msgr since mums funeral 09/08"),
        ("SERIOUS_IMPACT", "come off fb completely and stopped going to fam events"),
        ("SERIOUS_IMPACT", "on meds from GP for stress"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSF",
    voice="judgment", case="mixed", noise="redacted", batch="m",
    pattern="ex_turns_up_tracker_window_threat_follows_car", relationship="ex_partner", occasions=8,
    text="""\
1. The appellant and the complainant, [REDACTED], were in a relationship for around four years which ended in [REDACTED] 2022. In the weeks that followed the appellant attended her home address on at least six occasions, on two of them in the early hours, and on one occasion was found by her neighbour crouched in the side passage.
2. On [DATE] the complainant discovered a tracking device attached beneath the rear bumper of her car. The appellant accepted in interview that he had fitted it "so I knew she was safe".
3. The complainant's evidence, which the judge accepted, was that on the night of [DATE] she believed he was going to hurt her when he banged on the bedroom window and shouted that she would "get what's coming", and that she felt the same terror days later when she saw his car behind her on the [REDACTED] roundabout. She said: "I knew he wanted to hurt me".
4. The sentence of XX months imprisonment was""",
    spans=[
        ("STALK_TURN_UP", "attended her home address"),
        ("REPETITION", "on at least six occasions"),
        ("STALK_LOITER", "found by her neighbour crouched in the side passage"),
        ("STALK_MONITOR", "a tracking device attached beneath the rear bumper of her car"),
        ("FIXATION", '"so I knew she was safe"'),
        ("FEAR_OF_VIOLENCE", "she believed he was going to hurt her"),
        ("THREAT_VIOLENCE", 'she would "get what\'s coming"'),
        ("FEAR_OF_VIOLENCE", "she felt the same terror days later"),
        ("STALK_FOLLOW", "saw his car behind her on the [REDACTED] roundabout"),
        ("FEAR_OF_VIOLENCE", "I knew he wanted to hurt me"),
    ],
)

case(
    15, "no_offence", "",
    voice="updates", case="lower", noise="heavy", batch="m",
    pattern="cohabiting_couple_mutual_drunken_rows", relationship="partner", occasions=2,
    text="""\
upd1 attnd 0110 to flat 3 , 18 carr lane. both parties (Jade TOWNSEND 24 / Kyle MBEKI 26) cohabiting p/ners, v drunk both shouting at each other on the landing, jade states kyle called her a slag, kyle states jade threw his phone down the stairs and called him worse. neither wants to make complaint. no injuries. DASH - standard, both refused to answer most qs
upd2 this is 2nd call in 3 wks, last one (CAD 2230 of 04/07) same sort, mutual argument re money, jade said then she was "not scared of him, we just row". back together next day
upd3 no offences disclosed. NFA, DA marker added. pls attach BWV""",
    spans=[],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="typos", batch="m",
    pattern="removed_group_member_fake_profile_employer_complaints_antisemitic", relationship="online", occasions=5,
    text="""\
Summary: IP Rebecca GOLDSTEIN (38) moderates a local history fb group. Susp believed to be Adrian VOSS, removed from the group by IP in april for spamming. since then: a fake profile "Becky Goldstein Official" has been posting in other local groups as if it is her, inc offensive comments; susp has emailed IP's employer (the library service) 3 times complaining about her; IP's been sent screenshots of her own private story which only friends can see - she thinks he has got a friend to screenshot it or has an acount she dosnt know about. Msgs to IP via the page include "typical jew, controlling everything" and "your lot own the banks and now the groups". IP states she is more angry than scared, not changed anything. Hedge - attribution to VOSS not yet confirmed, RFI to Meta submitted.""",
    spans=[
        ("STALK_PUBLISH", "has been posting in other local groups as if it is her"),
        ("STALK_ORDERS", "has emailed IP's employer (the library service)"),
        ("REPETITION", "3 times complaining about her"),
        ("STALK_MONITOR", "sent screenshots of her own private story which only friends can see"),
        ("RELIGIOUS_HOSTILITY", '"typical jew, controlling everything"'),
        ("RELIGIOUS_HOSTILITY", '"your lot own the banks and now the groups"'),
    ],
)

case(
    17, "stalking", "CS",
    voice="notebook", case="inconsistent", noise="typos", batch="m",
    pattern="ex_uses_friends_to_pass_messages_after_block", relationship="ex_partner", occasions=16,
    text="""\
WED 19 FEB 1420 spoke w/ IP Sophie LAMBERT @ her mums. ex p/ner Ryan COYLE sep Xmas, IP blocked him on all apps 2/1, since then hes got her freinds Amy + Leah to pass on msgs "tell her i cant live w/out her" x approx 15, also turned up at her nan's asking where she is. NO threats. IP just wants him to get the message, advised""",
    spans=[
        ("UNWANTED", "IP blocked him on all apps 2/1"),
        ("STALK_CONTACT", "got her freinds Amy + Leah to pass on msgs"),
        ("FIXATION", '"tell her i cant live w/out her"'),
        ("REPETITION", "x approx 15"),
        ("STALK_TURN_UP", "turned up at her nan's asking where she is"),
    ],
)

case(
    18, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="m",
    pattern="colleague_promotion_grudge_threats_at_work", relationship="colleague", occasions=2,
    text="""\
MG11 (extract) ... I work as a forklift driver at Brampton Foods. Since my promotion in September Wayne HARDCASTLE who also went for the job has had it in for me. On Tues 7th Oct in the canteen he leant over and said "watch ur back, ill cave ur head in one night". I was shaking, I actually beleived he meant it and I went and sat in my car for my break after that. The following monday (13th) he walked past my truck and made a slitting motion across his throat looking right at me. I was terrifed he would do something to me in the yard where theres no cameras. I have told my manager Priya and she moved him to nights but he is still there on changeovers. I have not been followed or anything like that, its just at work..""",
    spans=[
        ("THREAT_VIOLENCE", '"watch ur back, ill cave ur head in one night"'),
        ("FEAR_OF_VIOLENCE", "I actually beleived he meant it"),
        ("THREAT_VIOLENCE", "made a slitting motion across his throat"),
        ("FEAR_OF_VIOLENCE", "I was terrifed he would do something to me"),
    ],
)

case(
    19, "aggravated_harassment", "CR",
    voice="updates", case="lower", noise="redacted", batch="m",
    pattern="takeaway_owner_repeated_anti_chinese_abuse", relationship="stranger", occasions=3,
    text="""\
[REDACTED] 11/03 1900ish - ip at the counter of the golden dragon ([ADDRESS]), susp [NAME 2] comes in orders nothing shouts "ching chong" and pulls his eyes at ip, leaves.
14/03 same male outside shouting "go back to china n take ur virus" at ip thru window while customers queuing
22/03 - ip reports susp in again, called her husband a "chink" and told them "ur lot arent welcome". ip feels humiliated infront of customers but says she is not afraid of him. xxxx (son, 19) wit to 22/03 statement to be taken. cctv - sys only keeps 7 days, 22/03 downloaded""",
    spans=[
        ("RACIAL_HOSTILITY", '"ching chong"'),
        ("RACIAL_HOSTILITY", "pulls his eyes at ip"),
        ("RACIAL_HOSTILITY", '"go back to china n take ur virus"'),
        ("REPETITION", "ip reports susp in again"),
        ("RACIAL_HOSTILITY", 'called her husband a "chink"'),
        ("RACIAL_HOSTILITY", '"ur lot arent welcome"'),
        ("DISTRESS", "ip feels humiliated infront of customers"),
    ],
)

case(
    20, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="typos", batch="m",
    pattern="stranger_outside_mosque_photographs_follows_slurs_changed_life", relationship="stranger", occasions=4,
    text="""\
The VPS scheme has been explained to me and I understand this may be shown to the defence.
Since the man started turning up I have stopped going to Friday prayers at the mosque on Clarendon Road which I have gone to since I was a child. He was there on the corner four Fridays in a row taking pictures of me on his phone and then walking behind me all the way to the bus stop. He called me a "towel head" and once said "you lot should all be deported". I dont think he would actually hurt me, I think he just wants me scared and gone. But I now get my brother to drive me everywhere, I changed my hours at work so I am not out after dark, and I have not slept properly since October. I feel like my city isnt mine anymore.""",
    spans=[
        ("SERIOUS_IMPACT", "stopped going to Friday prayers at the mosque"),
        ("STALK_LOITER", "He was there on the corner"),
        ("REPETITION", "four Fridays in a row"),
        ("STALK_WATCH", "taking pictures of me on his phone"),
        ("STALK_FOLLOW", "walking behind me all the way to the bus stop"),
        ("RELIGIOUS_HOSTILITY", 'called me a "towel head"'),
        ("RACIAL_HOSTILITY", '"you lot should all be deported"'),
        ("SERIOUS_IMPACT", "get my brother to drive me everywhere"),
        ("SERIOUS_IMPACT", "changed my hours at work so I am not out after dark"),
        ("DISTRESS", "have not slept properly since October"),
    ],
)

case(
    21, "no_offence", "",
    voice="supervisor_review", case="inconsistent", noise="heavy", batch="m",
    pattern="two_incidents_months_apart_reconciled_between", relationship="ex_partner", occasions=2,
    text="""\
IMU review - OIC has recorded harassment on this. Not agreed. Two incidents only: 1) 14/01 susp Darren OWUSU sent ip Keeley MARSH (p/ner at time) abusive txts after night out "ur a joke" etc, ip reported then withdrew. 2) 30/06 - after they split AGAIN last wk - he turned up at her door drunk shouting and left after 10 min. in between they got back together feb-june, lived together at his. 5+ months apart, reconciled, NOT connected - no course. single incident 30/06 consider pub order s.5 if ip supports. ip says she is "not bothered, just wanted it logged". NFA PHA. re-classify pls""",
    spans=[
        ("STALK_TURN_UP", "he turned up at her door drunk shouting"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="call_log", case="lower", noise="heavy", batch="m",
    pattern="choir_member_letters_drive_bys_victim_stops_church", relationship="acquaintance", occasions=10,
    text="""\
1903 caller mrs Eileen McCRACKEN (67) states a man from her church choir Bernard LOWE (70s) is "pestering" her. she has recieved 9 letters through the door since Easter, typed, unsigned but she knows its him bc he quotes things she only said at choir. caller says "he writes that god has told him we will be together"
1905 caller says hes driven past the house slowly "at least every day" and parks at the end of the cul de sac, neighbour Mr Patel has seen him there twice at 0600
1907 caller has told him at choir in front of the vicar to leave her alone, this was 3 wks ago, letters kept coming
1908 no threats. caller says she isnt frightened he'll hurt her "hes an old fool" but she has stopped going to choir and church altogether, husband had ring doorbell + cctv fitted last wk, she wont answer the door when alone. v tearful on phone
1912 THRIVE - no immediate risk, vulnerable (age), repeat. G3 appt. letters to be retained in plastic wallet pls
1915 caller asked whether he will be arrested - advised officer will discuss
2240 log reviewed by ACR sgt - appt booked 21/05 1400""",
    spans=[
        ("STALK_CONTACT", "9 letters through the door since Easter"),
        ("FIXATION", "he quotes things she only said at choir"),
        ("FIXATION", "he writes that god has told him we will be together"),
        ("STALK_WATCH", "driven past the house slowly"),
        ("REPETITION", '"at least every day"'),
        ("STALK_LOITER", "parks at the end of the cul de sac"),
        ("UNWANTED", "to leave her alone"),
        ("REPETITION", "letters kept coming"),
        ("SERIOUS_IMPACT", "stopped going to choir and church altogether"),
        ("SERIOUS_IMPACT", "husband had ring doorbell + cctv fitted"),
        ("DISTRESS", "v tearful on phone"),
    ],
)

case(
    23, "harassment", "C",
    voice="third_party", case="mixed", noise="heavy", batch="m",
    pattern="customer_refund_dispute_abusive_calls_to_staff", relationship="customer", occasions=30,
    text="""\
rep from store manager (Boots, Market St Wigan) re customer Mr Keith ARNOLD unhappy over refund for a hearing aid battery charger, since 02/05 has rung the store approx 30 times asking for "that stupid cow Jess" and calling her a "useless thick bitch" when she answers, also 4 emails to the store inbox same lanuage. no thrreats made, hasnt come in store. jess upset, cried on shift tues. mgr wants words of advice given to him""",
    spans=[
        ("REPETITION", "approx 30 times"),
        ("DISTRESS", "jess upset, cried on shift tues"),
    ],
)

case(
    24, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="inconsistent", noise="abbrev", batch="m",
    pattern="brother_hostile_to_sisters_conversion_threats", relationship="family", occasions=3,
    text="""\
04/12 1030 OIC: IP (Hannah - now Hana - REID, 23) converted to Islam in summer. Her bro Connor REID (27) not accepting. 30/11 he came to mum's while IP there and pulled at her hijab calling her a "muzzie" and a traitor, said he'd "snap her neck" if she wore it round him again. IP says she truly thought he was going to hit her, mum got between them.
04/12 1100 - IP shows me msgs from him 01/12 + 02/12: "u and ur mosque can burn", "ur dead to me and ill make u dead". IP v scared, says she believes he'll attack her next time he sees her, WONT go to mum's now.
05/12 susp arrested, intvw no comment. RUI""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "pulled at her hijab"),
        ("RELIGIOUS_HOSTILITY", 'calling her a "muzzie"'),
        ("THREAT_VIOLENCE", 'said he\'d "snap her neck"'),
        ("FEAR_OF_VIOLENCE", "truly thought he was going to hit her"),
        ("RELIGIOUS_HOSTILITY", '"u and ur mosque can burn"'),
        ("THREAT_VIOLENCE", '"ur dead to me and ill make u dead"'),
        ("FEAR_OF_VIOLENCE", "believes he'll attack her next time he sees her"),
        ("SERIOUS_IMPACT", "WONT go to mum's now"),
    ],
)

case(
    25, "stalking", "CS",
    voice="dash_note", case="mixed", noise="typos", batch="m",
    pattern="ex_reads_icloud_messages_knows_whereabouts", relationship="ex_partner", occasions=4,
    text="""\
DASH - STANDARD (5 yes). ip says ex (Owen BRAITHWAITE, sep 4 months) still knows her icloud password and has been reading her msgs - on 3 diff occasions this month he has texted her about things she only put in whatsapps to her freinds, and last wkend msgd "nice meal at zizzis?" when she was there. IP changed passwords 2 days ago. not scared of him, "its just creepy". Advised re digital safety""",
    spans=[
        ("STALK_MONITOR", "has been reading her msgs"),
        ("REPETITION", "on 3 diff occasions this month"),
        ("STALK_MONITOR", "texted her about things she only put in whatsapps to her freinds"),
        ("STALK_MONITOR", 'msgd "nice meal at zizzis?" when she was there'),
    ],
)

case(
    26, "aggravated_stalking", "CSR",
    voice="crime_summary", case="upper", noise="heavy", batch="m",
    pattern="streamer_banned_user_alt_accounts_racial_posts_address", relationship="online", occasions=12,
    text="""\
IP (DEVON CLARKE-SAMUELS 22, TWITCH STREAMER) REPORTS USER "GR1MM_0P" + ALT ACCOUNTS HAS BEEN IN HIS CHAT + DMS SINCE AUG. BANNED APPROX 12 TIMES, EACH TIME COMES BACK ON NEW ACC WITHIN HRS. MSGS INC MONKEY EMOJIS, N-WORD (SPELT OUT - EXH DCS/2) AND "GO BACK TO AFRICA". ON 04/10 SUSP POSTED IP'S HOME STREET + A GOOGLE STREETVIEW PIC OF HIS MUMS HOUSE ON DISCORD. IP NOT SCARED "SOME KID IN A BEDROOM". DATA REQ TBC""",
    spans=[
        ("STALK_CONTACT", "HAS BEEN IN HIS CHAT + DMS SINCE AUG"),
        ("UNWANTED", "BANNED APPROX 12 TIMES"),
        ("STALK_CONTACT", "COMES BACK ON NEW ACC WITHIN HRS"),
        ("RACIAL_HOSTILITY", "MONKEY EMOJIS"),
        ("RACIAL_HOSTILITY", "N-WORD (SPELT OUT"),
        ("RACIAL_HOSTILITY", '"GO BACK TO AFRICA"'),
        ("STALK_PUBLISH", "POSTED IP'S HOME STREET + A GOOGLE STREETVIEW PIC OF HIS MUMS HOUSE"),
    ],
)

case(
    27, "harassment_fear_of_violence", "CF",
    voice="mo_field", case="lower", noise="abbrev", batch="m",
    pattern="school_acquaintance_snapchat_stab_threats", relationship="acquaintance", occasions=4,
    text="""\
susp (known to ip from school) sent 3 snapchats 12/8-14/8 saying he will "shank" ip on sight over a girl, ip scared after each one. 15/8 seen ip at bus stop n shouted "ur dead" from car window. ip thinks he will be stabbed, mum says hes terrified""",
    spans=[
        ("REPETITION", "3 snapchats 12/8-14/8"),
        ("THREAT_VIOLENCE", 'he will "shank" ip on sight'),
        ("FEAR_OF_VIOLENCE", "ip scared after each one"),
        ("THREAT_VIOLENCE", 'shouted "ur dead"'),
        ("FEAR_OF_VIOLENCE", "ip thinks he will be stabbed"),
    ],
)

case(
    28, "no_offence", "",
    voice="call_log", case="mixed", noise="heavy", batch="m",
    pattern="debt_agency_letters_calls_doorstep_lawful", relationship="business", occasions=10,
    text="""\
1130 CLR Mr Glen HOWARTH reports "harrasment" from a debt agency - letters weekly abt old vodafone acc £612 and calls most days 0900-2000, 2 x doorstep visits by a field agent who left a card. no abuse or threats, agents polite per clr. clr getting stressed, says he cant pay. advised civil matter, FCA complaint route, stepchange details given. no offences disclosed. CLOSE 1141""",
    spans=[
        ("DISTRESS", "clr getting stressed"),
    ],
)

case(
    29, "stalking_fear_alarm_distress", "CSF",
    voice="statement", case="lower", noise="heavy", batch="m",
    pattern="stranger_commuter_follows_from_train_waits_platform", relationship="stranger", occasions=5,
    text="""\
statment of Aoife KAVANAGH - i get the 0722 from stockport to piccadilly evry day for work. from about the start of november theres been a man, white, 40s, grey north face, who gets on at heaton chapel and sits or stands near me. at first i didnt think anything. then on the 12th he got off at piccadilly when i did and walked behind me all the way up to my office on portland st, i looked back 3 times and he was there. 19th same thing. then on the 26th he was on the platform at stockport in the evening when i came home which means he must of waited for me for hours. he took a photo of me i saw the phone pointed right at me. i honestly thought he was going to grab me when i walked to my car i was shaking so bad i couldnt get the key in. ive never spoken to him in my life. the next morning i was sure he was gonna hurt me when i saw him again at heaton chapel, i got off at the next stop and got a taxi the rest of the way""",
    spans=[
        ("STALK_FOLLOW", "walked behind me all the way up to my office on portland st"),
        ("REPETITION", "19th same thing"),
        ("STALK_LOITER", "he was on the platform at stockport in the evening when i came home"),
        ("FIXATION", "he must of waited for me for hours"),
        ("STALK_WATCH", "he took a photo of me"),
        ("FEAR_OF_VIOLENCE", "i honestly thought he was going to grab me"),
        ("FEAR_OF_VIOLENCE", "i was sure he was gonna hurt me"),
    ],
)

case(
    30, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="updates", case="inconsistent", noise="redacted", batch="m",
    pattern="resident_landlord_enters_flat_hidden_camera_racial_threats", relationship="landlord", occasions=5,
    text="""\
UPD 1 (PC XXXX) - IP [NAME] (31) rents grnd floor flat, LL [NAME 2] lives above. IP reports on 3 occasions since 01/09 she has come home to find things moved - knickers drawer open, bed sheets pulled back. LL has a key. IP has found a small camera in the hallway smoke alarm pointing at her door (photo'd, exh).
UPD 2 - IP states LL shouted down stairs on 15/09 "you p*** are all the same" + "i'll sort you out" - IP thought he was going to come down and hit her. 20/09 he blocked the stairs and stood over her saying "no one will hear you down there", IP v frightened believes he will assault her.
UPD 3 - IP has now left the flat, staying w/ freind in [LOCATION], lost deposit, off work. Council housing officer aware.
UPD 4 - LL not yet arrested, address visited x2 no reply""",
    spans=[
        ("REPETITION", "on 3 occasions since 01/09"),
        ("STALK_PROPERTY", "come home to find things moved"),
        ("STALK_WATCH", "a small camera in the hallway smoke alarm pointing at her door"),
        ("RACIAL_HOSTILITY", '"you p*** are all the same"'),
        ("THREAT_VIOLENCE", '"i\'ll sort you out"'),
        ("FEAR_OF_VIOLENCE", "thought he was going to come down and hit her"),
        ("THREAT_VIOLENCE", '"no one will hear you down there"'),
        ("FEAR_OF_VIOLENCE", "believes he will assault her"),
        ("SERIOUS_IMPACT", "has now left the flat"),
        ("SERIOUS_IMPACT", "off work"),
    ],
)

case(
    31, "harassment", "C",
    voice="call_log", case="upper", noise="typos", batch="m",
    pattern="sacked_employee_three_abusive_voicemails_minutes", relationship="colleague", occasions=3,
    text="""\
0921 CLR (SHOP MGR RACHEL OSEI) STATES EX EMPLOYEE SACKED FRI LEFT 3 VMS LAST NIGHT 2310-2322 CALLING HER A "JUMPED UP LITTLE B****" AND "PATHETIC". NO THREATS IN ANY OF THEM. CLR ANNOYED MORE THAN ANYTHING. ADVISD, CRIME REF TO FOLLOW""",
    spans=[
        ("REPETITION", "3 VMS LAST NIGHT 2310-2322"),
    ],
)

case(
    32, "aggravated_harassment", "CDR",
    voice="judgment", case="mixed", noise="redacted", batch="m",
    pattern="neighbour_racist_abuse_over_fence_weeks", relationship="neighbour", occasions=5,
    text="""\
14. It was the prosecution case that over a period of some seven weeks in the summer of [YEAR] the appellant, who lived next door, repeatedly shouted abuse over the garden fence at the complainant, Mr [A], who is of Somali heritage. The words used included "you don't belong here", "monkey" and a number of references to "your lot" coming over on boats. On at least five occasions he did so while the complainant was in the garden with his young children. The complainant's evidence was that he was not afraid of the appellant but felt degraded, and he stopped using the garden in the evenings. The appellant's case was that these were arguments about a leylandii hedge and that he never mentioned race.""",
    spans=[
        ("REPETITION", "over a period of some seven weeks"),
        ("RACIAL_HOSTILITY", '"you don\'t belong here"'),
        ("RACIAL_HOSTILITY", '"monkey"'),
        ("RACIAL_HOSTILITY", 'references to "your lot" coming over on boats'),
        ("REPETITION", "On at least five occasions"),
        ("DISTRESS", "felt degraded"),
        ("SERIOUS_IMPACT", "stopped using the garden in the evenings"),
    ],
)

case(
    33, "stalking", "CS",
    voice="victim_diary", case="inconsistent", noise="heavy", batch="m",
    pattern="ex_orders_takeaways_cancels_appointments_flowers", relationship="ex_partner", occasions=4,
    text="""\
thurs - 2 dominos turned up at 11pm i never ordered them. cash on delivery so driver not happy w me
fri - dentist rang to say id cancelled my appointment, i didnt. only Lee knows who my dentist is
sun - flowers on the doorstep "to my forever girl". i split with him in JUNE. told him then dont contact me
mon - another takeaway, chinese this time. Im not scared of him its just draining""",
    spans=[
        ("STALK_ORDERS", "2 dominos turned up at 11pm i never ordered them"),
        ("STALK_ORDERS", "id cancelled my appointment, i didnt"),
        ("STALK_GIFTS", "flowers on the doorstep"),
        ("FIXATION", '"to my forever girl"'),
        ("UNWANTED", "told him then dont contact me"),
        ("STALK_ORDERS", "another takeaway"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="upper", noise="heavy", batch="m",
    pattern="taxi_rank_regular_racial_abuse_stab_threats", relationship="customer", occasions=3,
    text="""\
SAT 08 MARCH 0215 TAXI RANK NORTHGATE. SPOKE TO MR TARIQ MAHMOOD (DRIVER, ABC CARS). STATES MALE KNOWN TO HIM AS "SHAUNY" HAS COME TO THE RANK TONITE AND KICKED HIS DOOR SAYING "ILL STAB YOU YOU P*** B******". MR MAHMOOD STATES SAME MALE DID SIMILAR LAST SAT N THE SAT BEFORE, EACH TIME TELLING HIM TO "F*** OFF BACK TO PAKISTAN". HE SAYS "IM SCARED TO WORK WEEKENDS NOW I THINK HE WILL KNIFE ME ONE NIGHT". LAST SAT HE LOCKED HIMSELF IN THE CAR AND THOUGHT HE WAS GOING TO BE ATTACKED. CCTV ON RANK CAMERA 14 - REQUESTED. MALE DESC IC1 20S GREY TRACKSUIT MADE OFF TWRDS BUS STN""",
    spans=[
        ("THREAT_VIOLENCE", "ILL STAB YOU"),
        ("RACIAL_HOSTILITY", "P*** B******"),
        ("REPETITION", "DID SIMILAR LAST SAT N THE SAT BEFORE"),
        ("RACIAL_HOSTILITY", '"F*** OFF BACK TO PAKISTAN"'),
        ("FEAR_OF_VIOLENCE", "I THINK HE WILL KNIFE ME ONE NIGHT"),
        ("FEAR_OF_VIOLENCE", "THOUGHT HE WAS GOING TO BE ATTACKED"),
    ],
)

case(
    35, "no_offence", "",
    voice="result_note", case="lower", noise="typos", batch="m",
    pattern="single_message_ex_colleague_no_further_contact", relationship="colleague", occasions=1,
    text="""\
outcome: ip rec'd 1 fb msg from ex colleague Stuart NKEMELU on 02/02 calling her a "grass" after the disiplinary. no other msgs before or since, susp hasnt contacted her again and she has not seen him, he has left the company. ip not in fear. single comm only. words of advice given to susp by phone 05/02, he apologised. NFA""",
    spans=[],
)

case(
    36, "stalking_fear_alarm_distress", "CSFD",
    voice="crime_summary", case="mixed", noise="heavy", batch="m",
    pattern="ex_husband_restraining_order_breaches_school_door_calls", relationship="ex_partner", occasions=3,
    text="""\
CRIME SUMMARY - IP Natalie GREENWOOD (34). SUSP Craig ELLIS (36) ex husband, RO made at Burnley mags 11/2023 no contact/not to attend her addr.
Since 01/03 susp has breached x3 that we know of:
- 03/03 approx 0815 seen by IP sat in silver astra opposite St Marys primary as she dropped kids off, stared at her, drove off when she got her phone out
- 10/03 at her door 2140 knocking + shouting thru letterbox "ur not keeping them from me" "ill end you" - IP hid upstairs w/ kids, rang 999 (CAD 2231). IP states she thought he would kick the door in and "do me"
- 17/03 rang from private no. x14 between 2300 and 0100, IP didnt answer, VM "i know u moved the car to ur mums"
IP very frightened, says hes going to kill me one day i know it. has since moved kids to a diffrent school in Nelson, stopped working at the salon, sleeping at her mums most nights.
upd 19/03 OIC - susp circ'd on PNC, not at home addr. DASH HIGH 17 Y. MARAC 25/03. IDVA ref done.
upd 20/03 - neighbour (W2 Mrs KAUR) confirms male at door on 10/03, statement booked. doorbell footage requested from IP - she says the ring subscription ran out so may not have it
upd 22/03 - TT IP 1015 no ans, VM left. TT again 1400 spoke to IP, she is at her mums w/ kids, says she hasnt slept since the 10th, jumps every time a car slows outside. she asked if he can be remanded when found - advised depends on CPS/court. also disclosed that in Jan (before this crime) he'd left a card on her car windscreen "we're a family whether u like it or not" - she binned it, didnt report. added to OEL as background. PCSO patrols req for mums addr + school.
upd 24/03 - susp arrested at a friends addr in Colne 0620, interviewed, accepts being at the school "to see my kids" denies the rest, says the calls werent him. phone seized. remanded for court 25/03.""",
    spans=[
        ("REPETITION", "breached x3"),
        ("STALK_LOITER", "sat in silver astra opposite St Marys primary as she dropped kids off"),
        ("STALK_WATCH", "stared at her"),
        ("STALK_TURN_UP", "at her door 2140 knocking"),
        ("FIXATION", '"ur not keeping them from me"'),
        ("THREAT_VIOLENCE", '"ill end you"'),
        ("FEAR_OF_VIOLENCE", "she thought he would kick the door in"),
        ("STALK_CONTACT", "rang from private no. x14 between 2300 and 0100"),
        ("STALK_MONITOR", '"i know u moved the car to ur mums"'),
        ("FEAR_OF_VIOLENCE", "hes going to kill me one day i know it"),
        ("SERIOUS_IMPACT", "moved kids to a diffrent school in Nelson"),
        ("SERIOUS_IMPACT", "stopped working at the salon"),
        ("SERIOUS_IMPACT", "sleeping at her mums most nights"),
        ("DISTRESS", "she hasnt slept since the 10th"),
        ("STALK_GIFTS", "left a card on her car windscreen"),
    ],
)

case(
    37, "harassment_fear_of_violence", "CFD",
    voice="third_party", case="lower", noise="typos", batch="m",
    pattern="vet_client_grief_threat_calls", relationship="customer", occasions=2,
    text="""\
practice mgr at Lindale Vets rang re client Mr Shane CORRIGAN whos dog was put to sleep last wk. he has rung twice (mon + weds) asking for the vet by name Dr Ffion ROBERTS and saying hes "going to come down there and batter her" and "shes going to pay for it". dr roberts was in tears mon and said she thought he would turn up and hurt her, weds she refused to do the evening surgery as she was sure he would be waiting to attack her in the car park. no sign of him at the premises and he has not been seen near her home""",
    spans=[
        ("REPETITION", "he has rung twice (mon + weds)"),
        ("THREAT_VIOLENCE", '"going to come down there and batter her"'),
        ("THREAT_VIOLENCE", '"shes going to pay for it"'),
        ("FEAR_OF_VIOLENCE", "she thought he would turn up and hurt her"),
        ("SERIOUS_IMPACT", "refused to do the evening surgery"),
        ("FEAR_OF_VIOLENCE", "she was sure he would be waiting to attack her"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="lower", noise="heavy", batch="m",
    pattern="colleague_follows_to_mandir_reads_diary_posts_photos_slurs", relationship="colleague", occasions=4,
    text="""\
sgt review - pls note this is NOT just a workplace griev. susp Philip NASH (same office, council planning dept) has: followed ip Meera JOSHI (28) to the mandir on tues evenings at least twice (ip saw his car, w1 her cousin confirms), gone thru her desk drawer + read her diary (HR investigated, admitted), posted pics of her taken at work on a reddit thread w/ captions "curry muncher"  and "dot head". ip says shes not scared, describes him as "pathetic", no changes to her routine, wants him sacked more than anything. actions: screenshot reddit b4 deleted, PNC susp, statement from cousin, consider arrest v VA. review 5 days""",
    spans=[
        ("STALK_FOLLOW", "followed ip Meera JOSHI (28) to the mandir on tues evenings"),
        ("REPETITION", "at least twice"),
        ("STALK_PROPERTY", "gone thru her desk drawer + read her diary"),
        ("STALK_PUBLISH", "posted pics of her taken at work on a reddit thread"),
        ("RACIAL_HOSTILITY", '"curry muncher"'),
        ("RACIAL_HOSTILITY", '"dot head"'),
    ],
)

case(
    39, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="lower", noise="heavy", batch="m",
    pattern="former_work_acquaintance_sits_outside_antisemitic_msgs_follows_from_shul", relationship="acquaintance", occasions=8,
    text="""\
2047 clr (Miriam FELDMAN 44) states male Ashley KEMP who she knew thru work yrs ago is outside her house AGAIN sat on the wall opp. 5th time since sunday. has msgd her from 6 diff accounts tho she blocks each one, msgs say things like "i know what u people are" "hitler had the right idea" and "ur next". clr v scared, says "i think hes going to hurt me tonight". tues night he followed her back from shul on foot, she ran the last bit thinking he would attack her
2049 G1 - repeat, threats, hate
2103 units att, male gone on arrival. ASNT. pls re-attend if seen""",
    spans=[
        ("STALK_LOITER", "outside her house AGAIN sat on the wall opp"),
        ("REPETITION", "5th time since sunday"),
        ("STALK_CONTACT", "msgd her from 6 diff accounts"),
        ("UNWANTED", "she blocks each one"),
        ("RELIGIOUS_HOSTILITY", '"i know what u people are"'),
        ("RELIGIOUS_HOSTILITY", '"hitler had the right idea"'),
        ("THREAT_VIOLENCE", '"ur next"'),
        ("FEAR_OF_VIOLENCE", "i think hes going to hurt me tonight"),
        ("STALK_FOLLOW", "he followed her back from shul on foot"),
        ("FEAR_OF_VIOLENCE", "she ran the last bit thinking he would attack her"),
    ],
)

case(
    40, "harassment", "C",
    voice="crime_summary", case="lower", noise="redacted", batch="m",
    pattern="neighbour_parking_bay_abusive_windscreen_notes", relationship="neighbour", occasions=5,
    text="""\
IP [NAME] (flat 2) reports her downstairs neighbour XXXX has left notes on her car windscreen on 4 occasions in jan re her parking in "his" bay (bays are unallocated per mgmt co). notes say "fat cow", "learn to drive u thick tart" and the last one 28/01 "everyone in this block hates u". also shouted "slag" at her across the car park on 30/01 in front of her son. no threats, nothing damaged, IP has not seen him watching or following her, its only ever about the parking. IP upset + embarassed, still parks there. mgmt co emailed. susp to be interviewed vol""",
    spans=[
        ("REPETITION", "on 4 occasions in jan"),
        ("DISTRESS", "IP upset + embarassed"),
    ],
)

case(
    41, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="m",
    pattern="estranged_father_campus_waits_cards_new_address", relationship="family", occasions=5,
    text="""\
SUSP (ESTRANGED FATHER, NO CONTACT SINCE 2019 AT IP'S REQUEST) ATTENDS IP'S UNIVERSITY CAMPUS WEEKLY, SEEN SAT OUTSIDE LECTURE HALL, LEAVES CARDS + MONEY AT PORTERS LODGE FOR HER, HAS FOUND HER NEW ADDR. IP NOT IN FEAR, WANTS IT TO STOP""",
    spans=[
        ("UNWANTED", "NO CONTACT SINCE 2019 AT IP'S REQUEST"),
        ("STALK_TURN_UP", "ATTENDS IP'S UNIVERSITY CAMPUS"),
        ("REPETITION", "WEEKLY"),
        ("STALK_LOITER", "SEEN SAT OUTSIDE LECTURE HALL"),
        ("STALK_GIFTS", "LEAVES CARDS + MONEY AT PORTERS LODGE FOR HER"),
        ("FIXATION", "HAS FOUND HER NEW ADDR"),
    ],
)

case(
    42, "aggravated_harassment", "CR",
    voice="statement", case="lower", noise="typos", batch="m",
    pattern="darts_rival_anti_irish_texts", relationship="acquaintance", occasions=20,
    text="""\
me and Gavin TURNER used to play darts together at the Crown. since i beat him in the league final in may hes been texting me, id say 20 odd texts, calling me a "thick paddy" and "IRA scum" and saying the irish are all theives. he sends them late on when hes had a drink. im not scared of him hes all mouth but its constant and my wife is sick of it. i have screenshots""",
    spans=[
        ("REPETITION", "20 odd texts"),
        ("RACIAL_HOSTILITY", '"thick paddy"'),
        ("RACIAL_HOSTILITY", '"IRA scum"'),
        ("RACIAL_HOSTILITY", "saying the irish are all theives"),
        ("REPETITION", "its constant"),
    ],
)

case(
    43, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="heavy", batch="m",
    pattern="cafe_regular_knows_rota_dms_waits_retail_park_quits_job", relationship="customer", occasions=8,
    text="""\
14/05 OIC - spoke w/ IP Ellie-Mae HUGHES (19) barista at Costa Chapel St. male regular "Simon" (now ID'd as Simon PRITCHARD 52) comes in evry shift she works - even when her rota changes he knows, has asked her out x4, she said no each time. he now comments on all her insta posts and sent 30+ DMs, she blocked him, he made a 2nd acc. sat in his car in the retail park after close on 2 occasions when she was locking up
16/05 IP's mum rang - IP has handed in her notice, wont go into town centre, has stopped using insta. no threats made and IP said she didnt think hed hurt her but shes "a wreck"
17/05 susp arrested, interview tmrw""",
    spans=[
        ("STALK_TURN_UP", "comes in evry shift she works"),
        ("FIXATION", "even when her rota changes he knows"),
        ("UNWANTED", "she said no each time"),
        ("STALK_CONTACT", "comments on all her insta posts and sent 30+ DMs"),
        ("UNWANTED", "she blocked him"),
        ("STALK_CONTACT", "he made a 2nd acc"),
        ("STALK_LOITER", "sat in his car in the retail park after close"),
        ("REPETITION", "on 2 occasions"),
        ("SERIOUS_IMPACT", "has handed in her notice"),
        ("SERIOUS_IMPACT", "wont go into town centre"),
        ("SERIOUS_IMPACT", "has stopped using insta"),
        ("DISTRESS", 'shes "a wreck"'),
    ],
)

case(
    44, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="crime_summary", case="mixed", noise="redacted", batch="m",
    pattern="rival_market_trader_racial_abuse_box_cutter_threats", relationship="business", occasions=4,
    text="""\
Circs: IP (MR [REDACTED], 58) runs a fruit + veg stall on [REDACTED] market. Susp [REDACTED] has the stall opposite. Over the last month susp has on several occasions walked over to IP's stall and said words to effect "you bangla b*****ds are ruining this market" and "go back to your own country". On 06/08 susp told IP "i'll cut you open" while holding a box cutter, IP states he backed away and was in fear he would be stabbed. On 13/08 susp approached again pointing the knife and said "last warning", IP states "I truly believed he was going to stab me there and then". Market manager W1 witnessed 13/08. IP now packs up early and has his son with him. Susp interviewed - denies racial element, says its about pitch space.""",
    spans=[
        ("REPETITION", "on several occasions"),
        ("RACIAL_HOSTILITY", '"you bangla b*****ds are ruining this market"'),
        ("RACIAL_HOSTILITY", '"go back to your own country"'),
        ("THREAT_VIOLENCE", '"i\'ll cut you open" while holding a box cutter'),
        ("FEAR_OF_VIOLENCE", "in fear he would be stabbed"),
        ("THREAT_VIOLENCE", 'pointing the knife and said "last warning"'),
        ("FEAR_OF_VIOLENCE", "I truly believed he was going to stab me there and then"),
        ("SERIOUS_IMPACT", "now packs up early and has his son with him"),
    ],
)
