# ruff: noqa: E501
"""Hand-written narratives, writer a: control-room incident logs."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="a",
    pattern="ex_turns_up_at_gym_and_work_pleading", relationship="ex_partner", occasions=4,
    text="""\
INC 0412 14/03 1906HRS
CLR IS IP - MISS DANIELLE OKAFOR-BRIGGS. STATES EX P/NER JASON TREMLETT (SEP 6 WKS AGO) WAS SAT IN HIS CAR OUTSIDE PURE GYM ON KINGSWAY WHEN SHE CAME OUT TONIGHT. NOT GONE IN. HE DROVE OFF WHEN SHE GOT PHONE OUT.
IP STATES THIS IS 4TH TIME SINCE SPLIT - TURNED UP AT HER WORK (DENTAL SURGERY, LEAMORE RD) TWICE ASKING MGR TO "JUST LET HIM SPEAK TO HER" AND LEFT A CARD ON HER WINDSCREEN LAST WKND SAYING THEY ARE MEANT TO BE TOGETHER.
IP HAS BLOCKED HIM ON ALL SOCIALS. NO THREATS. IP SAYS SHE IS "MORE FED UP THAN SCARED", WANTS IT LOGGED AND HIM SPOKEN TO.
1911 THRIVE - T LOW H LOW R MED. NOT DA CURRENTLY COHAB. GRADE 3 APPT.
1915 APPT MADE FOR 16/03 1000 VIA DIARY. IP HAPPY WITH THIS.
1918 PNC SUSP - NO TRACE. LOG REMAINS OPEN.""",
    spans=[
        ("STALK_LOITER", "SAT IN HIS CAR OUTSIDE PURE GYM ON KINGSWAY"),
        ("REPETITION", "THIS IS 4TH TIME SINCE SPLIT"),
        ("STALK_TURN_UP", "TURNED UP AT HER WORK"),
        ("REPETITION", "TWICE"),
        ("STALK_GIFTS", "LEFT A CARD ON HER WINDSCREEN"),
        ("FIXATION", "THEY ARE MEANT TO BE TOGETHER"),
        ("UNWANTED", "IP HAS BLOCKED HIM ON ALL SOCIALS"),
    ],
)

case(
    2, "no_offence", "",
    voice="call_log", case="inconsistent", noise="abbrev", batch="a",
    pattern="single_threat_in_car_park_road_rage", relationship="stranger", occasions=1,
    text="""\
2241 Clr Mr Harjit SANDHU, Tesco Extra car pk Hollins Lane. States male in silver Astra (vrm partial KN19 ?) cut him up at barrier then got out and said "ill f***ing stab you, you old c***". clr v shaken, didnt know male, male has left towards A59.
2243 NO WEAPON SEEN. clr not injured. first time ever seen male. Tesco security have CCTV - Mgr Kelly on till 0000.
2244 THRIVE: T med (verbal only, left scene) H low R low. G2.
2301 PC 4471 TT clr - IP states he is ok now, more angry than anything. Crime raised for threats - single occ. ANPR request sent.
2303 not PHA - one off. Log to close on crime ref.""",
    spans=[
        ("THREAT_VIOLENCE", "ill f***ing stab you"),
        ("DISTRESS", "clr v shaken"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="a",
    pattern="brother_in_law_threats_over_inheritance_fear_twice", relationship="family", occasions=3,
    text="""\
UPDATE 02/09 - PC 2260 BRENNAN
Spoke to IP Mrs Aurelia Costa at home addr. Property dispute re late mother's house on Pelham St - susp is her bro-in-law Vitor COSTA. IP states on 27/08 he came to her door and said "you'll end up in the ground next to her if you dont sign". IP says she locked the door and sat in the back room shaking, thought he was going to come through the window.
Second occ 30/08 - voicemail left 2140hrs, "i know where you park, ill do you in". VM played to me, exhibit AC/1.
IP says she genuinely believes he will hurt her, she has known him to be violent in the past (PNC 2 x ABH 2014, 2017 unrelated parties).

UPDATE 04/09 - PC 2260
3rd call on 03/09, IP didnt answer. Susp address visited, no reply. Card left. IP states she is now "terrified to open the door to anyone".

UPDATE 06/09 - DS 881 HUGHES
Susp attended by appt, interviewed. Admits going to addr, says he "lost his temper". Denies VM despite number being his. Advised re probate - civil. File to CPS.""",
    spans=[
        ("THREAT_VIOLENCE", "you'll end up in the ground next to her if you dont sign"),
        ("FEAR_OF_VIOLENCE", "thought he was going to come through the window"),
        ("THREAT_VIOLENCE", "ill do you in"),
        ("FEAR_OF_VIOLENCE", "she genuinely believes he will hurt her"),
        ("REPETITION", "3rd call on 03/09"),
        ("FEAR_OF_VIOLENCE", "terrified to open the door to anyone"),
    ],
)

case(
    4, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="heavy", batch="a",
    pattern="takeaway_owner_abused_by_regular_customer_racial", relationship="customer", occasions=3,
    text="""\
0015 CLR MR TUAN NGUYEN OWNER GOLDEN BOWL TAKEAWAY 38 STATION PDE. SAME MALE AS LAST WK BACK IN SHOP SHOUTING "C**** PAKI GO HOME" KNOCKED MENUS OFF COUNTER AND LEFT. CLR SAYS MALE IS A REGULAR "GAZ" LIVES ABOVE THE BOOKIES
0016 CLR STATES THIS IS 3RD TIME IN 2 WKS, EVERY TIME DRUNK, EVERYTIME "CHINESE THIS CHINESE THAT", TOLD STAFF THEY EAT DOGS. CLR NOT SCARED OF HIM HE IS "A SAD OLD MAN" BUT HIS DAUGHTER WORKS THE COUNTER AND SHE IS UPSET, HAS BEEN CRYING IN BACK
0017 NO INJ. NO WPNS. MALE LEFT TWDS DOCK ST
0019 THIRVE- T LOW H MED (REPEAT/HATE) R MED.  HATE CRIME FLAG ADDED. G2
0051 PCSO 7702 + PC 3318 ATT. CCTV VIEWED ON SITE, CLEAR FOOTAGE OF TONIGHTS INCIDENT. PREV 2 NOT KEPT (OVERWRITES 72HRS)
0110 SUSP IDENT AS GARY [SURNAME ON STORM] - NO REPLY AT FLAT
0112 CRIME RAISED, OIC TBC""",
    spans=[
        ("RACIAL_HOSTILITY", "\"C**** PAKI GO HOME\""),
        ("REPETITION", "THIS IS 3RD TIME IN 2 WKS"),
        ("RACIAL_HOSTILITY", "\"CHINESE THIS CHINESE THAT\""),
        ("RACIAL_HOSTILITY", "TOLD STAFF THEY EAT DOGS"),
        ("DISTRESS", "SHE IS UPSET, HAS BEEN CRYING IN BACK"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="typos", batch="a",
    pattern="colleague_fixated_victim_changes_shifts_and_route", relationship="colleague", occasions=6,
    text="""\
11/01 1420 DC 5591 ASHWORTH
Recieved from 101 online. IP Ms Priya Venkataraman, works at Brightholme distribution centre, nights. Susp is colleague Lee Farrant (forklift). Since early Nov he has sent her over 200 msgs on Whatsapp and Insta, she has told him she is not interested twice in writing (screenshots supplied). He now waits by her car at end of shift "just to say goodnight".

14/01 0930 DC 5591
Spoke to IP by phone. She says he knows which bus she gets on days she doesnt drive and has been on it twice, sat behind her. On 09/01 he left a bracelet in her locker with a note "one day youll see it". No threats, IP clear on that, but she has asked HR to move her to days and now gets a lift from her brother every shift. Has stopped going to the staff canteen. GP has given her sertraline.

17/01 1600 DC 5591
HR (Mrs Oduya) confirm shift change request recieved 08/01 and approved, reason given "personal safety". Susp suspended pending their own investigation. Arrest planned.""",
    spans=[
        ("REPETITION", "Since early Nov"),
        ("STALK_CONTACT", "sent her over 200 msgs on Whatsapp and Insta"),
        ("UNWANTED", "she has told him she is not interested twice in writing"),
        ("STALK_LOITER", "waits by her car at end of shift"),
        ("FIXATION", "he knows which bus she gets on days she doesnt drive"),
        ("STALK_FOLLOW", "has been on it twice, sat behind her"),
        ("STALK_GIFTS", "left a bracelet in her locker"),
        ("FIXATION", "one day youll see it"),
        ("SERIOUS_IMPACT", "she has asked HR to move her to days"),
        ("SERIOUS_IMPACT", "now gets a lift from her brother every shift"),
        ("SERIOUS_IMPACT", "Has stopped going to the staff canteen"),
        ("SERIOUS_IMPACT", "GP has given her sertraline"),
    ],
)

case(
    6, "harassment", "C",
    voice="call_log", case="lower", noise="abbrev", batch="a",
    pattern="former_friend_abusive_texts_over_wedding", relationship="acquaintance", occasions=5,
    text="""\
1032 clr miss kerry-ann wallace, 101. states former friend chantelle mensah keeps sending abusive txts since kerry-ann pulled out of being bridesmaid. 5 txts over 3 days, calling her a "two faced sl*g", "fat waste of space", "everyone knows ur a liar". no threats in any of them per clr. clr has read them out to me.
1034 clr not scared, just wants it to stop, has not replied to any. not blocked yet as "wanted evidence".
1035 advised screenshot + block. thrive low. scheduled appt for statement. no other hist between parties.""",
    spans=[
        ("STALK_CONTACT", "keeps sending abusive txts"),
        ("REPETITION", "5 txts over 3 days"),
        ("UNWANTED", "just wants it to stop"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="a",
    pattern="neighbour_photographs_muslim_family_posts_online", relationship="neighbour", occasions=5,
    text="""\
OEL 1 - 22/06 PC 6104 HALLORAN
IP Mr Imran Qureshi, 14 Aldwyn Close. Neighbour at no.9 (Keith BARLOW, 60s) has since approx April been photographing IP, his wife and kids whenever they leave the house. IP has seen him at upstairs window with phone up on "at least 10" occasions.
Barlow runs a local FB group "Aldwyn & Parkside Residents Watch" - IP shown me posts with photos of IP's front door and car, captioned "more of them moving in", "keep an eye on no.14 and their mosque mates". Comments underneath from others.

OEL 2 - 24/06 PC 6104
Screenshots obtained (exhibit IQ/1-6). Wife Mrs Saima Qureshi states Barlow stood at end of their drive on Fri as she came back from school run and asked "when are you lot going back". Nothing physical. IP says they are "angry more than frightened", not changed anything.

OEL 3 - 26/06 PS 1190 review
Pls link to prev ASB log (Apr) re parking complaint from Barlow. Hate crime SPOC informed.""",
    spans=[
        ("REPETITION", "since approx April"),
        ("STALK_WATCH", "photographing IP, his wife and kids whenever they leave the house"),
        ("STALK_WATCH", "at upstairs window with phone up"),
        ("REPETITION", "on \"at least 10\" occasions"),
        ("STALK_PUBLISH", "posts with photos of IP's front door and car"),
        ("RACIAL_HOSTILITY", "more of them moving in"),
        ("RELIGIOUS_HOSTILITY", "keep an eye on no.14 and their mosque mates"),
        ("STALK_LOITER", "stood at end of their drive"),
        ("RACIAL_HOSTILITY", "when are you lot going back"),
    ],
)

case(
    8, "no_offence", "",
    voice="updates", case="mixed", noise="clean", batch="a",
    pattern="debt_collector_calls_and_visit_lawful", relationship="business", occasions=7,
    text="""\
Update 1 (PC 3902 Nwachukwu, 03/10): Attended IP Mr Declan Rourke at his flat on Fenwick Road re his report of harassment. IP states he has had six letters and a number of phone calls from Hartwell Recoveries Ltd since August about a catalogue debt of £1,140 which he disputes. On Monday an agent attended his door and left a "notice of intended visit". IP says he is stressed and not sleeping.

Update 2 (PC 3902, 05/10): Viewed the letters. All are on headed paper, refer to the account number and state the balance and options to pay. None contain threats or abusive language. The agent's card gives an FCA registration number. Phoned Hartwell, spoke to compliance officer who confirmed the account is active and that a dispute flag will now be placed on it pending IP's evidence.

Update 3 (PC 3902, 05/10): Explained to IP this is a civil matter and the firm appears to be pursuing a debt lawfully. Signposted to Citizens Advice and the Financial Ombudsman. IP accepted this. No crime. Closed.""",
    spans=[
        ("DISTRESS", "he is stressed and not sleeping"),
    ],
)

case(
    9, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="inconsistent", noise="heavy", batch="a",
    pattern="polish_family_threatened_by_neighbour_repeatedly", relationship="neighbour", occasions=3,
    text="""\
CAD 1187 19/07
2018 CLR mrs Agnieszka WOJCIK 61 Tennyson Ave, 999. states nxt door male (Darren? at 63) is in her front gdn with a bat banging on her window shouting "polish scum ill smash ur heads in get back to poland". clr in upstairs bedroom w 2 kids, has locked door. v distressed, crying, says "he will kill us this time"
2019 G1. UNITS ASSIGNED 2 X
2020 clr states he did same thing 2 wks ago (not reported) and threw a brick at car last sat - "no more foreigners on this road" - she saw him do it.
2021 male has gone back into 63. clr still on line. kids screaming in bkgrnd
2027 ofcrs on scene. PC 5167 - ip and kids safe. no entry gained by susp. window cracked.
2110 PC 5167 - susp Darren MILLWARD arrested at 63 on susp racially agg. public order/harassment + crim dmg. BWV on. IP says she has been "scared every single day" since the first time, keeps kids in the back room. DASH not appl. (not DA) - S-DASH comp'd, med.""",
    spans=[
        ("THREAT_VIOLENCE", "banging on her window"),
        ("RACIAL_HOSTILITY", "polish scum"),
        ("THREAT_VIOLENCE", "ill smash ur heads in"),
        ("RACIAL_HOSTILITY", "get back to poland"),
        ("FEAR_OF_VIOLENCE", "\"he will kill us this time\""),
        ("REPETITION", "he did same thing 2 wks ago"),
        ("THREAT_VIOLENCE", "threw a brick at car last sat"),
        ("RACIAL_HOSTILITY", "\"no more foreigners on this road\""),
        ("FEAR_OF_VIOLENCE", "\"scared every single day\" since the first time"),
    ],
)

case(
    10, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="mixed", noise="abbrev", batch="a",
    pattern="jewish_student_followed_and_watched_changes_routine", relationship="acquaintance", occasions=5,
    text="""\
[28/02 11:05 DC 4412 PEMBERTON] Case allocated to me. IP Miss Rebecca Ginsberg, 20, 2nd yr student. Susp Tomasz LIEBLING? (spelling tbc) - IP met him once at a society event in Oct.
[28/02 15:40 DC 4412] Statement taken. IP describes susp following her from the library to Hallam Rd halls on 3 occs in Feb, each time about 20m behind. On 21/02 he was sat on the wall opposite her halls when she came back from the synagogue on Fri night and shouted "you people run everything" and something about "Zionist money". She has seen him in the lecture theatre at the back of her module although he is not enrolled (checked with uni - not a student).
[01/03 09:15 DC 4412] Further: IP has a paper note put under her door "I know which window is yours". She has moved out of halls to stay with an aunt in Prestwich and now only attends online. Uni wellbeing confirm she has deferred 2 exams. IP says she doesnt think he'd hit her, "its more the not knowing".
[01/03 12:00 DS 216] Pls prioritise ID - CCTV from halls reception and lib entrance. Consider SPO.""",
    spans=[
        ("STALK_FOLLOW", "susp following her from the library to Hallam Rd halls"),
        ("REPETITION", "on 3 occs in Feb"),
        ("STALK_LOITER", "sat on the wall opposite her halls"),
        ("RELIGIOUS_HOSTILITY", "\"you people run everything\""),
        ("RELIGIOUS_HOSTILITY", "\"Zionist money\""),
        ("STALK_TURN_UP", "in the lecture theatre at the back of her module"),
        ("STALK_WATCH", "\"I know which window is yours\""),
        ("SERIOUS_IMPACT", "moved out of halls to stay with an aunt in Prestwich"),
        ("SERIOUS_IMPACT", "now only attends online"),
        ("SERIOUS_IMPACT", "she has deferred 2 exams"),
    ],
)

case(
    11, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="a",
    pattern="online_fake_profiles_and_account_access_no_fear", relationship="online", occasions=4,
    text="""\
Between 02/05 and 30/06 an unknown person, believed by the IP to be a man she played an online game with (username "Wrexx_88", real name thought to be Owain PRYCE), has created three fake Instagram accounts using IP's photos and name, and one of them messaged IP's work colleagues. The IP's Spotify and email passwords were changed in June and the recovery number added is one she does not recognise. The suspect has messaged her twice on Discord referring to songs she had been listening to that week. IP had cut contact with him in April after he asked her to meet and she declined. IP describes the matter as "creepy and annoying" and has changed all her passwords; she does not want to come off social media and says it has not affected her work.""",
    spans=[
        ("REPETITION", "Between 02/05 and 30/06"),
        ("STALK_PUBLISH", "created three fake Instagram accounts using IP's photos and name"),
        ("STALK_PUBLISH", "one of them messaged IP's work colleagues"),
        ("STALK_MONITOR", "The IP's Spotify and email passwords were changed"),
        ("STALK_MONITOR", "referring to songs she had been listening to that week"),
        ("UNWANTED", "IP had cut contact with him in April"),
        ("DISTRESS", "\"creepy and annoying\""),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="abbrev", batch="a",
    pattern="ex_business_partner_threatens_over_money_repeatedly", relationship="business", occasions=4,
    text="""\
1148 CLR MR OLUWASEUN ADEYEMI-HART (IP), 101 TRANSFERRED TO 999 BY OPERATOR. STATES FORMER BUSINESS PARTNER CRAIG DUNMORE HAS JUST TURNED UP AT HIS UNIT (UNIT 7 RIVERSIDE IND EST) DEMANDING £8K HE SAYS HE IS OWED FROM THE CAR WASH. PUNCHED THE SHUTTER AND SAID "NEXT TIME ITS YOUR FACE".
1150 IP STATES 4TH TIME THIS MONTH - TWO PHONECALLS LAST WK "YOU WONT SEE CHRISTMAS" AND HE DROVE PAST AND SPAT AT IP'S FEET ON MON. IP STATES HE IS SCARED DUNMORE WILL ATTACK HIM AT THE UNIT, HAS BEEN KEEPING THE SHUTTER DOWN WHEN WORKING ALONE SINCE THE CALLS.
1151 SUSP LEFT IN BLK TRANSIT. IP NOT INJURED.
1152 THRIVE T HIGH (ESCALATING, PRESENT) H MED R MED. G1 UNTIL SUSP LOCATED
1210 PC 2934: IP SEEN, VERY SHAKEN, STILL "WAITING FOR HIM TO COME BACK WITH SOMEONE". MONEY DISPUTE IS CIVIL BUT THREATS ARE NOT. CRIME RAISED.
1402 SUSP NOT AT HOME ADDR. PNC MARKER REQ.""",
    spans=[
        ("THREAT_VIOLENCE", "PUNCHED THE SHUTTER AND SAID \"NEXT TIME ITS YOUR FACE\""),
        ("REPETITION", "4TH TIME THIS MONTH"),
        ("THREAT_VIOLENCE", "\"YOU WONT SEE CHRISTMAS\""),
        ("FEAR_OF_VIOLENCE", "HE IS SCARED DUNMORE WILL ATTACK HIM AT THE UNIT"),
        ("FEAR_OF_VIOLENCE", "\"WAITING FOR HIM TO COME BACK WITH SOMEONE\""),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSD",
    voice="call_log", case="mixed", noise="abbrev", batch="a",
    pattern="ex_husband_drives_past_new_address_victim_moves_again", relationship="ex_partner", occasions=5,
    text="""\
Ref 2309-0556
0718 Caller Mrs Gemma Lattimore-Reid. States ex husband Shaun REID (div. 2023) has driven past her house on Colliery Row 3 times this morning before she has even done the school run. Same grey Qashqai, she got VRM on 2nd pass. She moved to this address in Aug to get away from him after same thing at old house, nobody was meant to know where she lives.
0720 Clr says he also parked at end of road last Thurs + Fri for about an hr each evening. Has not approached. Has sent msgs via their 15yo son asking "is mum seeing anyone".
0721 Clr states she has had locks changed, put a Ring doorbell up and now drops kids at her mum's so they can be collected from there. Off work since Tues, GP note - anxiety. No threats - she is not worried he'd hurt her, "he's never been like that, it's the watching".
0723 DASH - medium. THRIVE T med H med R med V med (kids). G2. Previous log 2106-1123 (old addr) - words of advice given to susp then.
0902 PC 1740 update: attended, statement started, dashcam from neighbour at no 4 requested.""",
    spans=[
        ("STALK_FOLLOW", "has driven past her house on Colliery Row"),
        ("REPETITION", "3 times this morning"),
        ("FIXATION", "nobody was meant to know where she lives"),
        ("STALK_LOITER", "parked at end of road last Thurs + Fri"),
        ("STALK_CONTACT", "sent msgs via their 15yo son"),
        ("FIXATION", "\"is mum seeing anyone\""),
        ("SERIOUS_IMPACT", "she has had locks changed, put a Ring doorbell up"),
        ("SERIOUS_IMPACT", "now drops kids at her mum's"),
        ("SERIOUS_IMPACT", "Off work since Tues, GP note - anxiety"),
        ("DISTRESS", "it's the watching"),
    ],
)

case(
    14, "harassment", "C",
    voice="updates", case="lower", noise="typos", batch="a",
    pattern="ex_tenant_abusive_voicemails_to_landlord_kelly", relationship="landlord", occasions=5,
    text="""\
upd 1 pc 4127 07/04
ip mr nigel ashcombe is landlord of 3 flats on greave st. former tenant lewis mcbride evicted march (court order, bailifs done it legit). since then ip has had abusive voicemails. on 05/04 between 2212 and 2220 three seperate vms - "ur a parasite", "scumbag landlord hope ur kids get cancer", "im gonna tell everyone what u are". listened to all three on ips phone.

upd 2 pc 4127 08/04
ip states 2 more vms sunday, same sort, no threats. mcbride also left a 1 star review on the letting site calling him a crook - ip not bothered about that, says its "fair enough he's angry". ip says he is more annoyed than anything but his wife is getting upset listening to them.

upd 3 pc 4127 11/04
mcbride spoke to on phone, accepts leaving msgs, says he was drunk and "its about the deposit". warned re behavour. ip wants him charged. file to sgt for decision.""",
    spans=[
        ("STALK_CONTACT", "ip has had abusive voicemails"),
        ("REPETITION", "three seperate vms"),
        ("REPETITION", "2 more vms sunday"),
        ("DISTRESS", "his wife is getting upset listening to them"),
    ],
)

case(
    15, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="a",
    pattern="cohabiting_couple_mutual_row_both_abusive", relationship="partner", occasions=2,
    text="""\
0134 CLR FEMALE AT 22B MARLOW COURT STATES SHE IS ARGUING WITH HER BF AND HE WONT LEAVE. BOTH SHOUTING IN BACKGROUND, MALE HEARD CALLING HER A "PSYCHO", FEMALE SHOUTING BACK "GET OUT YOU WASTE OF SPACE". CLR HUNG UP.
0135 TB NO ANS. G1 (DA, CALL TERMINATED)
0149 PC 882 + PC 1330 ON SCENE. CLR SHANNON DEVLIN, PARTNER RYAN OTIENO. BOTH ADMIT ARGUING ABOUT MONEY + HIS XBOX, BOTH HAVE BEEN DRINKING. BOTH SAY IT WAS "JUST WORDS" NO ASSAULTS, NO INJS, NO DAMAGE. SIMILAR ROW LAST NEW YEARS EVE PER FEMALE, THEY MADE UP NEXT DAY.
0201 DASH COMPLETED - STANDARD. NEITHER WANTS ANY ACTION. MALE AGREED TO STAY AT BROTHERS TONIGHT, TAXI BOOKED.
0215 DA NON CRIME, PVP NOTIFIED. CLOSE.""",
    spans=[],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="call_log", case="inconsistent", noise="abbrev", batch="a",
    pattern="stranger_follows_black_nurse_from_hospital_racial_remarks", relationship="stranger", occasions=4,
    text="""\
STORM 0933 07/12
1947 Clr MS Abena OWUSU-ANSAH, staff nurse at Royal Infirmary. States white male, 40s, beige parka, has followed her from the staff car park to the bus station AGAIN tonight - 3rd time this week. he gets on same number 12 and gets off at her stop.
1949 Clr states tonight he said to her at stop "you lot took all the jobs at that hospital" and called her a "n****r" under his breath as she walked past. Mon + Weds he did not speak just stood about 5m away staring at her.
1950 Clr not hurt. she is at home now (Ferndale Rd). Doors locked. Says she isn't scared of him exactly "but why me, why every night".
1951 Thrive T med H med R med - repeat, hate. G2. Hate crime marker.
2040 PC 6621 TT clr - desc obtained. Hospital security to check ANPR/CCTV for car park 17:30-19:30 Mon, Wed, today. Clr to ring 999 if seen again. Bus company CCTV request sent (route 12).""",
    spans=[
        ("STALK_FOLLOW", "has followed her from the staff car park to the bus station"),
        ("REPETITION", "AGAIN"),
        ("REPETITION", "3rd time this week"),
        ("STALK_FOLLOW", "gets on same number 12 and gets off at her stop"),
        ("RACIAL_HOSTILITY", "\"you lot took all the jobs at that hospital\""),
        ("RACIAL_HOSTILITY", "called her a \"n****r\""),
        ("STALK_WATCH", "stood about 5m away staring at her"),
        ("REPETITION", "why every night"),
    ],
)

case(
    17, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="a",
    pattern="warehouse_supervisor_religious_taunts_repeated", relationship="colleague", occasions=4,
    text="""\
I work as a picker at the Crestline depot in Normanton and have done since 2021. I am a practising Sikh and wear a turban. In September a new team leader started on my shift, Martin HOLGATE. From about the second week he started making comments to me. The first time he asked me in front of the others if I had "a bomb under that tea towel". Everyone laughed and I walked off. A few days later he put a hand towel on his head in the canteen and did a voice. On 2nd October he said over the radio so the whole floor could hear "where's Bin Laden got to" when he was looking for me. On 9th October he told me to "take that rag off, this is England, health and safety".
I have never had any problems at work before this. I do not think he would hurt me and I am not frightened of him. It is the humiliation. I dread going in on his shifts. I reported it to HR on 10th October and nothing has happened yet, so I have come to the police.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"a bomb under that tea towel\""),
        ("RELIGIOUS_HOSTILITY", "put a hand towel on his head in the canteen and did a voice"),
        ("RELIGIOUS_HOSTILITY", "\"where's Bin Laden got to\""),
        ("RELIGIOUS_HOSTILITY", "\"take that rag off, this is England, health and safety\""),
        ("DISTRESS", "I dread going in on his shifts"),
    ],
)

case(
    18, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="a",
    pattern="ex_girlfriend_pleading_messages_via_friends_after_block", relationship="ex_partner", occasions=8,
    text="""\
Update 21/05 PC 7390 KHAN - IP Mr Callum Fairweather rang back. Confirms ex-gf Holly STEVENS (relationship ended 01/04, 2 yrs together, never lived together). Since the split she has sent approx 60 WhatsApps, mostly "please just talk to me", "I can't live without you", "I'll change". IP blocked her 14/04.
Update 23/05 PC 7390 - Since block she has messaged from her sister's phone, a new Insta account "h0lly_s_x" and via IP's flatmate (asked him to pass on a letter, he refused). Also sent flowers to his office on 17/05 with a card "we're not finished". IP says no threats at all, he feels sorry for her more than anything and is not worried for his safety. Has not changed anything he does. Wants her told to stop.
Update 24/05 PS 3012 - Ex-partner, repeated contact post-block. Pls do S-DASH and consider PIN/EHN equivalent & safeguarding for susp (MH?).""",
    spans=[
        ("STALK_CONTACT", "she has sent approx 60 WhatsApps"),
        ("FIXATION", "\"I can't live without you\""),
        ("UNWANTED", "IP blocked her 14/04"),
        ("STALK_CONTACT", "messaged from her sister's phone, a new Insta account"),
        ("STALK_CONTACT", "via IP's flatmate (asked him to pass on a letter, he refused)"),
        ("STALK_GIFTS", "sent flowers to his office on 17/05"),
        ("FIXATION", "\"we're not finished\""),
    ],
)

case(
    19, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="heavy", batch="a",
    pattern="witness_at_disciplinary_threatened_by_sacked_colleague", relationship="colleague", occasions=3,
    text="""\
1655 101 clr Mr Stefan Dragomir. Says he gave evidence at a work disciplinary (Arden Logistics) which got a driver named Wayne COLLIS sacked on 12th. since then collis has rang him twice, first time said "grass, ur getting glassed", 2nd time (sat night) "watch ur back when u leave the pub". clr confirms he does go to the Red Lion on weds and sats, collis would know that from work.
1657 today at 1600ish collis pulled up beside him in a white van on Mill Lane + leant out and said "soon mate" and drew finger across throat. clr says he has been scared to go out since the first call, now "properly frightened hes going to do me", has not been to pub. v quiet speaking, shaky.
1659 THRIVE T med-high H med R med. Not DA. G2 (no immediate threat, susp not present) - request attendance within 60.
1701 van desc - white Transit, sign written "WC Removals"? clr not sure.
1745 pc 1961 attended. statement + phone download consent. Collis PNC - prev s.4 POA 2019.""",
    spans=[
        ("REPETITION", "collis has rang him twice"),
        ("THREAT_VIOLENCE", "\"grass, ur getting glassed\""),
        ("THREAT_VIOLENCE", "\"watch ur back when u leave the pub\""),
        ("THREAT_VIOLENCE", "drew finger across throat"),
        ("FEAR_OF_VIOLENCE", "he has been scared to go out since the first call"),
        ("FEAR_OF_VIOLENCE", "\"properly frightened hes going to do me\""),
    ],
)

case(
    20, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="upper", noise="abbrev", batch="a",
    pattern="ex_partner_racial_abuse_turns_up_threats_fear", relationship="ex_partner", occasions=5,
    text="""\
INC 3371 - 2231HRS
CLR IP MISS JASMINE KAUR-BASSI. EX P/NER DEAN ROWBOTTOM IS KICKING HER FRONT DOOR AT 9 ORCHARD WAY. SHOUTING "OPEN UP YOU P*** SL*G, GO BACK TO YOUR OWN KIND". IP IN KITCHEN, SAYS SHE THINKS HE IS GOING TO GET IN AND KILL HER.
2232 G1. IP STAYING ON LINE.
2233 IP STATES SPLIT 2 MTHS AGO, HE HAS BEEN OUTSIDE HER HOUSE MOST NIGHTS SINCE, SITS IN CAR, SHE SEES CIG LIGHT. TXTS HER FROM NEW NUMBERS EVERY TIME SHE BLOCKS ONE "U THINK UR BETTER THAN ME CAUSE UR FAMILY HAS MONEY, UR NOTHING BUT A P***".
2234 LAST FRI HE SAID HE WOULD "SORT HER OUT PROPERLY" - IP SAYS SHE HAS BEEN TOO FRIGHTENED TO SLEEP SINCE, SLEEPS WITH A KNIFE UNDER BED (ADVISED RE THIS).
2238 UNITS O/S. SUSP DETAINED IN GDN. ARRESTED 2241.
2300 PC 4019 DASH - HIGH. MARAC REFERRAL. IDVA INFORMED.""",
    spans=[
        ("STALK_TURN_UP", "KICKING HER FRONT DOOR AT 9 ORCHARD WAY"),
        ("RACIAL_HOSTILITY", "\"OPEN UP YOU P*** SL*G, GO BACK TO YOUR OWN KIND\""),
        ("FEAR_OF_VIOLENCE", "SHE THINKS HE IS GOING TO GET IN AND KILL HER"),
        ("STALK_LOITER", "HE HAS BEEN OUTSIDE HER HOUSE MOST NIGHTS SINCE, SITS IN CAR"),
        ("STALK_CONTACT", "TXTS HER FROM NEW NUMBERS EVERY TIME SHE BLOCKS ONE"),
        ("RACIAL_HOSTILITY", "UR NOTHING BUT A P***"),
        ("THREAT_VIOLENCE", "\"SORT HER OUT PROPERLY\""),
        ("FEAR_OF_VIOLENCE", "SHE HAS BEEN TOO FRIGHTENED TO SLEEP SINCE"),
    ],
)

case(
    21, "no_offence", "",
    voice="dash_note", case="mixed", noise="abbrev", batch="a",
    pattern="two_incidents_months_apart_reconciled_between", relationship="partner", occasions=2,
    text="""\
DASH / risk note - PC 2857 WHITTAKER - 18/11
Victim: Lauren ATHERTON. Alleged: partner Kyle BOSWORTH.
Q1 injured? No. Q2 frightened? "Not really, I was just angry". Q3 what of? n/a. Q4 isolated? No, works FT at nursery. Q11 separation? They split in June after he sent her a nasty txt calling her "a useless cow" and she reported it (log 0611-0234, NFA at her request). Got back together in August, living together again since Sept.
Tonight: argued in the car outside her mum's, he called her a "spoilt brat" and drove off leaving her there. Nothing since, he has texted sorry. Lauren says the two things are "nothing to do with each other, he's not like that normally".
Q on stalking - does he follow/check phone/turn up? No to all. No controlling behaviour disclosed.
Risk: STANDARD. Advice given, DA leaflet, IDVA details declined.""",
    spans=[
        ("STALK_CONTACT", "sent her a nasty txt calling her \"a useless cow\""),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSF",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="a",
    pattern="supervisor_downgrades_but_facts_show_fear_stalking", relationship="acquaintance", occasions=6,
    text="""\
Sgt review 04/08 - PS 2771 ELLIOTT
Read OIC updates. IP Mrs Nadia Petrović, 52, susp Graham TOFT, 58, who she met through a walking group last year. Group left by IP in Feb after he would not stop asking her out.
Facts as I understand them: since March susp has (1) sent 30+ letters to her home, several saying "God wants us together", (2) been seen by IP's husband standing at their back gate at night twice, (3) followed IP round Morrisons on 19/07 and said "if I can't have you nobody will", (4) left a dead bird on her doorstep 25/07 with a note "this is what happens".
IP told OIC after (3) she was "sure he would go for me right there in the aisle" and after (4) she believes he "will hurt me or my husband next". Husband now walks her everywhere.
Currently recorded as harassment 8L. I'm not persuaded that's right but happy to leave pending CPS advice.
Actions: 1. Urgent arrest. 2. S-DASH (not done!). 3. Consider SPO. 4. Re-visit classification after interview.""",
    spans=[
        ("UNWANTED", "he would not stop asking her out"),
        ("STALK_CONTACT", "sent 30+ letters to her home"),
        ("FIXATION", "\"God wants us together\""),
        ("STALK_LOITER", "standing at their back gate at night twice"),
        ("STALK_FOLLOW", "followed IP round Morrisons on 19/07"),
        ("THREAT_VIOLENCE", "\"if I can't have you nobody will\""),
        ("THREAT_VIOLENCE", "left a dead bird on her doorstep 25/07 with a note \"this is what happens\""),
        ("FEAR_OF_VIOLENCE", "\"sure he would go for me right there in the aisle\""),
        ("FEAR_OF_VIOLENCE", "\"will hurt me or my husband next\""),
        ("SERIOUS_IMPACT", "Husband now walks her everywhere"),
    ],
)

case(
    23, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="inconsistent", noise="typos", batch="a",
    pattern="taxi_driver_repeatedly_threatened_by_passenger_racial", relationship="customer", occasions=3,
    text="""\
OIC upd 13/03 - DC 308 FENN
IP Mr Zabihullah AHMADZAI, private hire driver (Swift Cars). Susp believed Anthony "Tony" GREAVES, known to IP as regular fare from the Crown & Anchor.
Occ 1 - 22/02 approx 2330 - Greaves in back of cab called IP a "t*l*b*n c***" and said he should "go back to his cave before someone puts him in the ground". IP says he pulled over and asked him to get out, Greaves refused, IP drove him home "shaking the whole way, i thought he would hit me from behind".
Occ 2 - 01/03 - at the rank on Queen St Greaves banged on his window shouting "youre dead, raghead". ip locked doors and drove off.
Occ 3 - 10/03 - Greaves booked via app under a diff name, IP recognised him at pickup and refused. Greaves kicked the car door - dent - shouting about "immigrants".
IP now refuses all fares from that pub, says he is "scared he will stab me one night", losing money.

upd 15/03 DC 308 - swift cars booking data recieved, acct in name "A Grieves". dashcam occ 3 saved (exh ZA/2).""",
    spans=[
        ("RACIAL_HOSTILITY", "\"t*l*b*n c***\""),
        ("RACIAL_HOSTILITY", "\"go back to his cave"),
        ("THREAT_VIOLENCE", "before someone puts him in the ground\""),
        ("FEAR_OF_VIOLENCE", "i thought he would hit me from behind"),
        ("THREAT_VIOLENCE", "\"youre dead, raghead\""),
        ("THREAT_VIOLENCE", "kicked the car door"),
        ("RACIAL_HOSTILITY", "shouting about \"immigrants\""),
        ("FEAR_OF_VIOLENCE", "\"scared he will stab me one night\""),
    ],
)

case(
    24, "harassment", "CD",
    voice="call_log", case="mixed", noise="abbrev", batch="a",
    pattern="exs_new_partner_abusive_messages_victim_signed_off", relationship="acquaintance", occasions=6,
    text="""\
1512 Clr Ms Roisin McAteer. States her ex's new gf, Tegan HOLLIS, has been sending her abusive msgs on FB messenger + text for about 3 wks. Calls her "a tramp", "bad mother", says "everyone at the school gate is laughing at you". 6 msgs so far, last one this morning. Clr and ex share custody - all contact about kids goes through his mum.
1514 Clr says the msgs are "wearing her down", she has been signed off from work at the bank for a wk with stress. No threats of violence. Tegan has never come to house. Clr hasn't blocked as she needs messenger for the kids' school group.
1515 THRIVE low. Scheduled - PCSO 8810 to attend tomorrow am for screenshots + statement. Log remains open.""",
    spans=[
        ("STALK_CONTACT", "sending her abusive msgs on FB messenger + text"),
        ("REPETITION", "for about 3 wks"),
        ("REPETITION", "6 msgs so far"),
        ("DISTRESS", "\"wearing her down\""),
        ("SERIOUS_IMPACT", "signed off from work at the bank for a wk with stress"),
    ],
)

case(
    25, "stalking", "CS",
    voice="call_log", case="lower", noise="heavy", batch="a",
    pattern="cafe_customer_fixated_on_barista_gifts_waits", relationship="customer", occasions=7,
    text="""\
0845 clr - manager of bean & co, 4 market sq, mr ollie tranter. reporting on behalf of staff member freya lindqvist 19. male customer approx 50 been coming in evry day for 5 wks orders one tea and sits there till freyas shift ends. has left her 3 gifts (perfume, a necklace, a poem abt her hair). freya has said to him twice she has a bf and isnt interested.
0847 last nite male was waiting by the bins at back door at 1800 when she locked up. said "i just want to make sure your safe". didnt touch her. freya rang her dad to pick her up.
0848 clr says freya isnt scared of him as such, "hes more weird than nasty", has carried on working as normal but clr has banned male from cafe. male name unk, pays cash. cctv avail.
0850 thrive - t low/med h low r med. g3 appt today 1400 - freya + mgr. pls take cctv.""",
    spans=[
        ("REPETITION", "evry day for 5 wks"),
        ("STALK_LOITER", "sits there till freyas shift ends"),
        ("STALK_GIFTS", "has left her 3 gifts (perfume, a necklace, a poem abt her hair)"),
        ("UNWANTED", "freya has said to him twice she has a bf and isnt interested"),
        ("STALK_LOITER", "waiting by the bins at back door at 1800 when she locked up"),
        ("FIXATION", "\"i just want to make sure your safe\""),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="a",
    pattern="councillor_antisemitic_emails_from_constituent", relationship="online", occasions=5,
    text="""\
Upd 1 - 09/10 - DC 6652 OYELARAN
IP Cllr David Rosenthal (Eastfield ward). Since 12/09 he has rec'd 5 emails to his council address from "concerned_resident1966@..." re the bin collection changes. Each gets more personal - "typical Jew, always on the take", "your lot control the council and rob ordinary people", last one signed off "Heil". No threats of harm in any. Council IT have the headers.
Upd 2 - 11/10 - DC 6652
IP says he has dealt with abuse before and is "not losing sleep" but does not want staff reading these. Not changed routine. Wants sender identified.
Upd 3 - 20/10 - DC 6652
ISP data back, account registered to Philip NASH, 71, Cropton Gardens. Nash has written to council about bins 11 times prior (civil, not abusive - per council complaints team). Vol interview arranged 27/10.""",
    spans=[
        ("REPETITION", "Since 12/09"),
        ("STALK_CONTACT", "5 emails to his council address"),
        ("ESCALATION", "Each gets more personal"),
        ("RELIGIOUS_HOSTILITY", "\"typical Jew, always on the take\""),
        ("RACIAL_HOSTILITY", "\"your lot control the council and rob ordinary people\""),
        ("RACIAL_HOSTILITY", "signed off \"Heil\""),
    ],
)

case(
    27, "harassment_fear_of_violence", "CF",
    voice="victim_diary", case="mixed", noise="typos", batch="a",
    pattern="diary_of_threats_from_upstairs_neighbour", relationship="neighbour", occasions=4,
    text="""\
Sat 3rd - Man from flat 6 (Liam?) banged on my door at 11pm saying my telly was too loud, it wasnt even on. Said if he heard one more thing he would "put me through the wall". I put the chain on and sat in the dark. I really thought he was going to hurt me.
Mon 5th - Past him on the stairs, he said "remember what i said old man". Didnt say anything back.
Thurs 8th - note through door "LAST WARNING". Couldnt sleep, kept the bread knife by the bed. I am frightened he is going to come in one night and do me over, Im 74 and on my own.
Fri 9th - my son Michael said to write all this down for the police and rang 101 for me. The housing officer (Janice) says she will also speak to him about the noise complaints.""",
    spans=[
        ("THREAT_VIOLENCE", "would \"put me through the wall\""),
        ("FEAR_OF_VIOLENCE", "I really thought he was going to hurt me"),
        ("THREAT_VIOLENCE", "\"remember what i said old man\""),
        ("THREAT_VIOLENCE", "note through door \"LAST WARNING\""),
        ("FEAR_OF_VIOLENCE", "I am frightened he is going to come in one night and do me over"),
    ],
)

case(
    28, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="upper", noise="abbrev", batch="a",
    pattern="tracker_on_car_ex_boyfriend_threats_fear", relationship="ex_partner", occasions=5,
    text="""\
CAD 77 - 05/06
1305 CLR MISS ELEANOR VAUGHAN-THOMAS. HAS FOUND A BLACK BOX TAPED UNDER REAR BUMPER OF HER FIESTA AT KWIK FIT (MECHANIC FOUND IT). BELIEVES EX BF RHYS MORGAN PUT IT THERE - HE HAS KNOWN WHERE SHE IS ALL MONTH, TURNED UP AT HER FRIENDS IN LLANELLI AND AT THE CINEMA.
1307 IP STATES ON 28/05 HE MSGD "I CAN SEE EXACTLY WHERE YOU ARE, ONE DAY IM GOING TO MAKE YOU PAY". SHE WAS TERRIFIED, SLEPT AT HER SISTERS. ON 02/06 HE GRABBED HER ARM AT THE CINEMA + SAID "YOURE COMING HOME WITH ME OR ELSE". IP BELIEVES HE WILL SERIOUSLY HURT HER.
1308 SPLIT 3 WKS AGO AFTER 4 YRS. IP HAS BLOCKED HIS NO.
1310 DASH HIGH (SEPARATION, STALKING, THREATS, ESCALATION). G1 - IP STILL AT KWIK FIT, CARDIGAN RD. DO NOT LET IP DRIVE CAR. PRESERVE DEVICE FOR FORENSICS.
1331 PC 5003 O/S. DEVICE SEIZED EXH EVT/1.""",
    spans=[
        ("STALK_MONITOR", "FOUND A BLACK BOX TAPED UNDER REAR BUMPER OF HER FIESTA"),
        ("STALK_MONITOR", "HE HAS KNOWN WHERE SHE IS ALL MONTH"),
        ("STALK_TURN_UP", "TURNED UP AT HER FRIENDS IN LLANELLI AND AT THE CINEMA"),
        ("STALK_MONITOR", "\"I CAN SEE EXACTLY WHERE YOU ARE"),
        ("THREAT_VIOLENCE", "ONE DAY IM GOING TO MAKE YOU PAY\""),
        ("FEAR_OF_VIOLENCE", "SHE WAS TERRIFIED, SLEPT AT HER SISTERS"),
        ("ESCALATION", "GRABBED HER ARM AT THE CINEMA"),
        ("FIXATION", "\"YOURE COMING HOME WITH ME OR ELSE\""),
        ("FEAR_OF_VIOLENCE", "IP BELIEVES HE WILL SERIOUSLY HURT HER"),
        ("UNWANTED", "IP HAS BLOCKED HIS NO."),
    ],
)

case(
    29, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="a",
    pattern="neighbour_boundary_fence_dispute_civil", relationship="neighbour", occasions=3,
    text="""\
12/04 PCSO 9021 LEADBETTER: Attended 31 Birchfield Ave re ongoing neighbour dispute w/ no.33. IP Mr Gareth PUGH says neighbour Mrs Olena HRYHORENKO has had a new fence put up which he says is 6 inches onto his land. Says she "glares at him" over it and has put a CCTV camera up facing the drive. Camera viewed from street - covers her own drive + path, partly catches the pavement. Not pointed at IP's windows.
15/04 PCSO 9021: Spoke to Mrs Hryhorenko. Has the fence contractor's plan and says the Land Registry plan supports her. Camera installed after her car was keyed in Jan (ref on system). Says she has nothing against Mr Pugh and just wants to be left alone. No abuse either way reported by either party. Both given advice re civil route / mediation.
22/04 PCSO 9021: IP rang - building surveyor booked. Community mediation referral accepted by both. No crime. Closing ASB log, NFA for police.""",
    spans=[],
)

case(
    30, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="a",
    pattern="mo_field_susp_watches_romanian_family_posts_videos", relationship="neighbour", occasions=6,
    text="""\
SUSP OVER 6 WKS HAS FILMED IP + FAMILY (ROMANIAN NATIONALS) ON PHONE FROM HIS BALCONY OPP, UPLOADED CLIPS TO TIKTOK W/ CAPTIONS "GYPO WATCH DAY 12" ETC, AND FOLLOWED IP'S WIFE TO LIDL ON 2 OCCS FILMING. IP NOT IN FEAR, NO CHANGE TO ROUTINE STATED.""",
    spans=[
        ("REPETITION", "OVER 6 WKS"),
        ("STALK_WATCH", "FILMED IP + FAMILY (ROMANIAN NATIONALS) ON PHONE FROM HIS BALCONY OPP"),
        ("STALK_PUBLISH", "UPLOADED CLIPS TO TIKTOK"),
        ("RACIAL_HOSTILITY", "\"GYPO WATCH DAY 12\""),
        ("STALK_FOLLOW", "FOLLOWED IP'S WIFE TO LIDL ON 2 OCCS FILMING"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="inconsistent", noise="abbrev", batch="a",
    pattern="landlord_threatens_romanian_tenants_over_rent", relationship="landlord", occasions=3,
    text="""\
1623 CLR Mr Mihai POPESCU, tenant at 17a Wharf Terr. States landlord Barry KNOX has just been at door demanding rent (clr says it is paid, has bank stmts) and said "you romanian rats pay up or i'll break your legs, i know people". clr's wife + baby present.
1624 Clr says it's the 3rd time - 10 days ago Knox rang, said "I'll burn the lot of you out, go back to your gypsy camp". Clr was so frightened he moved family into bedroom + jammed the door that night. Wife has not slept since.
1626 Clr says he believes Knox will "come back with men and hurt us". Knox has keys - clr has put a bolt on inside.
1627 THRIVE T high H high R high V high (baby). G1. Hate crime flag.
1629 Clr states also sent txt yesterday, unable to read it out (in car). 
1702 PC 1178 + PC 3341 on scene. Knox not present. Statement + txt screenshots obtained. Housing standards team to be informed re illegal eviction attempt.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"you romanian rats"),
        ("THREAT_VIOLENCE", "pay up or i'll break your legs, i know people\""),
        ("REPETITION", "it's the 3rd time"),
        ("THREAT_VIOLENCE", "\"I'll burn the lot of you out"),
        ("RACIAL_HOSTILITY", "go back to your gypsy camp\""),
        ("FEAR_OF_VIOLENCE", "Clr was so frightened he moved family into bedroom + jammed the door"),
        ("FEAR_OF_VIOLENCE", "he believes Knox will \"come back with men and hurt us\""),
    ],
)

case(
    32, "harassment", "C",
    voice="result_note", case="mixed", noise="clean", batch="a",
    pattern="result_note_charged_abusive_calls_to_ex_employer", relationship="business", occasions=9,
    text="""\
Result: Charged. Suspect Stuart Elphick (dismissed from Ridgeway Plant Hire in January) made nine telephone calls to the company's office between 3 and 21 February in which he swore at the office manager, Mrs Bernadette Ogundipe, called her "a lying witch" and "a useless old bag" and accused her of costing him his job. He did not threaten violence and did not attend the premises. Mrs Ogundipe stated she was upset by the calls and the company installed call screening. Suspect admitted the calls in interview and said he wanted someone to "feel as bad as he did". CPS authorised the charge on 4 March. Bail conditions: no contact with Ridgeway Plant Hire staff.""",
    spans=[
        ("STALK_CONTACT", "made nine telephone calls to the company's office"),
        ("REPETITION", "between 3 and 21 February"),
        ("DISTRESS", "she was upset by the calls"),
    ],
)

case(
    33, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="mixed", noise="heavy", batch="a",
    pattern="commuter_targets_hijab_wearing_woman_she_changes_route", relationship="stranger", occasions=5,
    text="""\
upd 1 03/11 PC 4488 - ip Mrs Fatima Begum-Chowdhury, works at Sutton Coldfield branch of a building soc. since start of Oct same male (IC1, 30s, grey beanie, always carrying a Greggs bag??) gets on the 0742 from Aston at her stop and stands right next to her even when train is empty. on 3 diff days he has said stuff like "take that thing off your head, you're in a christian country" + "how many bombs in the bag today".
upd 2 05/11 PC 4488 - ip states he got off at her stop on 29/10 + walked behind her to the branch. next day he was outside the branch window at lunchtime looking in. ip says she is not afraid hes going to attack her "he's a coward" but she now takes the bus, which adds 40 mins, and has asked to start at 10 instead of 9. Her manager confirms. ip says she has stopped wearing her usual bright scarves "so he cant spot me".
upd 3 09/11 PC 4488 - BTP informed + CCTV req for Aston platform 2, dates attached. no ID yet.""",
    spans=[
        ("REPETITION", "since start of Oct"),
        ("STALK_LOITER", "stands right next to her even when train is empty"),
        ("REPETITION", "on 3 diff days"),
        ("RELIGIOUS_HOSTILITY", "\"take that thing off your head, you're in a christian country\""),
        ("RELIGIOUS_HOSTILITY", "\"how many bombs in the bag today\""),
        ("STALK_FOLLOW", "walked behind her to the branch"),
        ("STALK_WATCH", "outside the branch window at lunchtime looking in"),
        ("SERIOUS_IMPACT", "she now takes the bus, which adds 40 mins"),
        ("SERIOUS_IMPACT", "has asked to start at 10 instead of 9"),
        ("SERIOUS_IMPACT", "stopped wearing her usual bright scarves"),
    ],
)

case(
    34, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="a",
    pattern="estranged_father_turns_up_at_daughters_work_letters", relationship="family", occasions=5,
    text="""\
19/01 PC 2205 ASIF - TT IP Miss Chloe Hargreaves-Lund (24). Father Peter LUND, estranged since she was 16 (she cut contact after DV at home - PVP hist on mother). In Dec he found her on LinkedIn and since then has turned up at her office reception (Calder House) 3 times asking for her, sent 2 letters to work and one to her new flat address which she never gave him.
20/01 PC 2205 - letters viewed. Long, rambling, "I will never give up on you", "you owe me a chance to be your dad". No threats. Reception staff logs confirm visits 12/12, 03/01, 16/01.
IP clear she is not frightened of him, her words "he's pathetic", hasnt changed anything, just wants it to stop. Asked him via solicitor in Dec to have no contact (letter on file).
22/01 PS 590 - advise S-DASH, treat as stalking not family dispute, susp to be interviewed. Ask how he got flat address.""",
    spans=[
        ("UNWANTED", "she cut contact"),
        ("STALK_MONITOR", "found her on LinkedIn"),
        ("STALK_TURN_UP", "turned up at her office reception (Calder House) 3 times"),
        ("STALK_CONTACT", "sent 2 letters to work and one to her new flat address"),
        ("FIXATION", "which she never gave him"),
        ("FIXATION", "\"I will never give up on you\""),
        ("FIXATION", "\"you owe me a chance to be your dad\""),
        ("REPETITION", "visits 12/12, 03/01, 16/01"),
        ("UNWANTED", "Asked him via solicitor in Dec to have no contact"),
    ],
)

case(
    35, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="a",
    pattern="vps_victim_moved_home_after_ex_watched_house", relationship="ex_partner", occasions=6,
    text="""\
I want the court to know what the last eight months have done to me. After Aaron and I split up I thought it would calm down, but he was outside my house nearly every weekend, just sitting in his van. He would message my friends asking what I was doing and where I was going. He left things on my doorstep - a teddy, our old photos in a frame, once a card on my birthday saying I would always be his.
I was never really scared he would hit me. Aaron isn't like that. But I stopped being able to relax in my own home. I had the curtains shut all day. In the end I gave up the flat in Whitley Bay that I loved and moved back in with my mum and dad in Gosforth, and I have given up my Saturday job at the salon because he knew I would be there. I've started seeing a counsellor through my GP. I am 29 and I feel like I've lost my independence.""",
    spans=[
        ("REPETITION", "the last eight months"),
        ("STALK_LOITER", "outside my house nearly every weekend, just sitting in his van"),
        ("STALK_MONITOR", "message my friends asking what I was doing and where I was going"),
        ("STALK_GIFTS", "He left things on my doorstep"),
        ("FIXATION", "saying I would always be his"),
        ("SERIOUS_IMPACT", "I had the curtains shut all day"),
        ("SERIOUS_IMPACT", "moved back in with my mum and dad in Gosforth"),
        ("SERIOUS_IMPACT", "given up my Saturday job at the salon"),
        ("SERIOUS_IMPACT", "started seeing a counsellor through my GP"),
    ],
)

case(
    36, "harassment_fear_of_violence", "CF",
    voice="updates", case="lower", noise="abbrev", batch="a",
    pattern="adult_son_threatens_mother_for_money", relationship="family", occasions=4,
    text="""\
upd - pc 6937 crowther - 25/08 1130
spoke to ip mrs maureen dwyer (68) at home, daughter siobhan present. ip's son connor dwyer (34, not resident) has been demanding money for 2 wks. 4 visits/calls. 17/08 told her "give me the £200 or i'll put you in hospital". 21/08 rang and said "i'll come round and smash ur face in if its not ready". ip says both times she was "petrified he would hit me", she knows he is on drugs again. paid him £60 after the 2nd call out of fear.
upd - pc 6937 - 25/08 1310
ip does not want him arrested "he's still my son" but agrees to statement. dash - med (family). siobhan to stay over. adult social care ref made.
upd - pc 6937 - 27/08
connor arrested on attendance at ips addr 26/08 2200 (ip rang 999). interview - no comment.""",
    spans=[
        ("REPETITION", "for 2 wks"),
        ("REPETITION", "4 visits/calls"),
        ("THREAT_VIOLENCE", "\"give me the £200 or i'll put you in hospital\""),
        ("THREAT_VIOLENCE", "\"i'll come round and smash ur face in if its not ready\""),
        ("FEAR_OF_VIOLENCE", "both times she was \"petrified he would hit me\""),
        ("FEAR_OF_VIOLENCE", "paid him £60 after the 2nd call out of fear"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="call_log", case="mixed", noise="redacted", batch="a",
    pattern="ex_girlfriend_racial_messages_new_accounts_turns_up", relationship="ex_partner", occasions=6,
    text="""\
Log [REDACTED] 10/10
2055 Clr Mr Kwame ASANTE-[REDACTED], XXXX Wellington St. States ex-gf [REDACTED] (Person A) has been at his door again tonight, rang bell x 10, left when he didnt answer. Split in Aug after 8 months. Since then she has made 4 new Snapchat accounts after he blocked each one. Msgs say she "made him" and he's "nothing without her", and recently racial stuff - "go back to your jungle then", "thought a black boy would be grateful".
2058 Clr states she also turned up at his 5-a-side Tues. He is not scared of her, says she is "all mouth", no threats. Not changed routine. Wants advice + it on record.
2100 Thrive low/med. DA-ex partner. DASH to be completed on attendance. G3 - next avail. Hate crime qualifier added.
2340 Clr rang back, Person A has left a bag of his old clothes on the step with "traitor" written on the bag in marker. Photographed by clr.""",
    spans=[
        ("STALK_TURN_UP", "has been at his door again tonight, rang bell x 10"),
        ("STALK_CONTACT", "made 4 new Snapchat accounts after he blocked each one"),
        ("FIXATION", "she \"made him\" and he's \"nothing without her\""),
        ("RACIAL_HOSTILITY", "\"go back to your jungle then\""),
        ("RACIAL_HOSTILITY", "\"thought a black boy would be grateful\""),
        ("STALK_TURN_UP", "turned up at his 5-a-side Tues"),
        ("STALK_PROPERTY", "left a bag of his old clothes on the step"),
    ],
)

case(
    38, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="a",
    pattern="single_text_from_ex_denies_others_negated", relationship="ex_partner", occasions=1,
    text="""\
1419 101 CLR MS HOLLIE PRENDERGAST. WANTS ADVICE. EX P/NER MARCUS OYELOWO TEXTED HER YDAY "HOPE UR HAPPY NOW" AFTER SHE POSTED PICS WITH NEW BF. ONLY MSG SINCE SPLIT IN MARCH, HE HAS NOT BEEN TO HOUSE, HAS NOT FOLLOWED HER, NO THREATS. CLR HAD WONDERED IF HE WAS BEHIND SOME FRIEND REQUESTS FROM A BLANK ACCT BUT SAYS SHE NOW KNOWS THAT WAS A COLLEAGUE MESSING ABOUT.
1422 CLR NOT FEARFUL. ADVISED BLOCK/RECORD. NO CRIME. CLR HAPPY. LOG CLOSED - ADVICE ONLY.""",
    spans=[
        ("STALK_CONTACT", "TEXTED HER YDAY \"HOPE UR HAPPY NOW\""),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="call_log", case="inconsistent", noise="heavy", batch="a",
    pattern="youths_repeated_racist_abuse_at_corner_shop_owner", relationship="customer", occasions=4,
    text="""\
1602 CLR MR Gurpreet DHILLON, owner Dhillon's Convenience 2 Ashby Rd. 4 or 5 youths in school uniform in shop again, one lad (known to clr as "Tyler", about 15) stood at counter doing monkey noises and calling him "bin man" and "curry muncher", others filming on phones + laughing. took a can of monster no pay. now outside.
1603 clr says same lad every day after school this wk - mon he spat on the door, weds shouted "go home p*ki" through the letterbox after close. clr "had enough", not scared of them "theyre kids" but upset his mum (works in shop) is being made to listen to it
1604 thrive- T low H med R med (repeat, hate). G2. school (Ashby Academy) uniform.
1648 PCSO 5510 on scene, youths gone. CCTV in shop good, lad identifiable. Will liaise with school SLO. clr wants prosecution.""",
    spans=[
        ("REPETITION", "again"),
        ("RACIAL_HOSTILITY", "doing monkey noises"),
        ("RACIAL_HOSTILITY", "\"curry muncher\""),
        ("REPETITION", "same lad every day after school this wk"),
        ("RACIAL_HOSTILITY", "\"go home p*ki\""),
        ("DISTRESS", "upset his mum (works in shop) is being made to listen to it"),
    ],
)

case(
    40, "stalking", "CS",
    voice="third_party", case="mixed", noise="typos", batch="a",
    pattern="teacher_email_about_parent_fixated_on_colleague", relationship="acquaintance", occasions=5,
    text="""\
Email to police enquiry office from Mr Daniel Oyelaran, Deputy Head, St Bride's Primary, forwarded to NHT.
"Good afternoon, I'm writing on behalf of our Year 4 teacher Miss Katie Hollingworth who is happy for me to pass this on. A parent, Mr Lee Barraclough (no longer has a child in Year 4, his son moved up in Sept) has been waiting at the staff gate at 5.15 most evenings since half term, he has no reason to be there. He has twice given her letters, one saying he 'can't stop thinking about her' and that he knows she lives in Cleckheaton. She has told him both times politely but clearly that this isnt appropriate. Last Friday he was at the Tesco near her house when she went in. Katie says she does not feel threatened and hasnt changed anything and has turned down staff offering to walk her out. We have banned him from the site. Please advise what else we can do."
NHT note: attach to log, contact IP direct.""",
    spans=[
        ("STALK_LOITER", "waiting at the staff gate at 5.15 most evenings since half term"),
        ("STALK_CONTACT", "He has twice given her letters"),
        ("FIXATION", "'can't stop thinking about her'"),
        ("STALK_MONITOR", "he knows she lives in Cleckheaton"),
        ("UNWANTED", "She has told him both times politely but clearly that this isnt appropriate"),
        ("STALK_TURN_UP", "was at the Tesco near her house when she went in"),
    ],
)

case(
    41, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="mixed", noise="abbrev", batch="a",
    pattern="pnb_entry_allotment_neighbour_threats_antisemitic", relationship="neighbour", occasions=3,
    text="""\
PNB PC 7718 DOBSON 14/05 1540
Att Hollybank Allotments plot 22. Spoke to IP Mr Saul ABRAMOVICH (79). States plot-holder next to him (plot 23) Terry NEWBOLD, since Easter, has:
- 19/04 told him "I'll bury you under your own shed, you Jew b*****d"
- 02/05 pushed wheelbarrow into IP's legs (no inj) + said "next time it'll be a spade"
- today 1500 stood over him while he was kneeling and said "Hitler missed one".
IP visibly shaking during account. States "I believe he will kill me, I'm not coming back here" and that after 19/04 he "didn't come up for a week because I was afraid he'd hit me".
Newbold not present on arr. Plot sec Mrs Ingrid Sorensen witnessed 02/05 - details taken.
1610 Resumed.""",
    spans=[
        ("REPETITION", "since Easter"),
        ("THREAT_VIOLENCE", "\"I'll bury you under your own shed"),
        ("RELIGIOUS_HOSTILITY", "you Jew b*****d\""),
        ("THREAT_VIOLENCE", "pushed wheelbarrow into IP's legs"),
        ("THREAT_VIOLENCE", "\"next time it'll be a spade\""),
        ("RACIAL_HOSTILITY", "\"Hitler missed one\""),
        ("DISTRESS", "IP visibly shaking during account"),
        ("FEAR_OF_VIOLENCE", "\"I believe he will kill me"),
        ("FEAR_OF_VIOLENCE", "\"didn't come up for a week because I was afraid he'd hit me\""),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="call_log", case="upper", noise="heavy", batch="a",
    pattern="ex_husband_sikh_victim_watched_threatened_moved", relationship="ex_partner", occasions=7,
    text="""\
INC 5521 27/01
0812 CLR IP MRS SIMRAN GILL-WATSON. EX HUSB NEIL WATSON PARKED OUTSIDE HER SISTERS ADDR (WHERE SHE NOW LIVES - MOVED OUT OF OWN HOUSE IN DEC BECAUSE OF HIM) 47 CROSSLEY ST. SAT THERE SINCE 0700 WATCHING. IP CANT TAKE KIDS TO SCHOOL.
0813 IP STATES SINCE SEP HE HAS:  FOLLOWED HER CAR TO GURDWARA x2 AND SHOUTED "ENJOY YOUR CURRY CULT" IN CAR PARK;  MSGD 100S OF TIMES "U WILL NEVER GET AWAY FROM ME, IL FIND U WHEREVER". ON NYE HE SAID "I'LL CUT THAT RAG OFF UR HEAD AND SLIT UR THROAT" - IP "TERRIFIED, THOUGHT HE WOULD DO IT THAT NIGHT".
0814 IP NOW OFF WORK (NHS PHARMACY) SINCE XMAS, SISTER DOES SHOPPING. IP SAYS SHE IS SURE HE WILL KILL HER "ONE DAY SOON".
0815 DASH HIGH. G1. MARAC EXISTING (NOV). NMO IN PLACE - BREACH.
0819 UNITS DEPLOYED X3. ARV AWARE.
0830 SUSP ARRESTED IN VEH, BREACH NMO + STALKING. VEH SEARCHED - NOTHING.""",
    spans=[
        ("STALK_LOITER", "PARKED OUTSIDE HER SISTERS ADDR"),
        ("SERIOUS_IMPACT", "MOVED OUT OF OWN HOUSE IN DEC BECAUSE OF HIM"),
        ("STALK_WATCH", "SAT THERE SINCE 0700 WATCHING"),
        ("SERIOUS_IMPACT", "IP CANT TAKE KIDS TO SCHOOL"),
        ("STALK_FOLLOW", "FOLLOWED HER CAR TO GURDWARA x2"),
        ("RELIGIOUS_HOSTILITY", "\"ENJOY YOUR CURRY CULT\""),
        ("STALK_CONTACT", "MSGD 100S OF TIMES"),
        ("FIXATION", "\"U WILL NEVER GET AWAY FROM ME, IL FIND U WHEREVER\""),
        ("THREAT_VIOLENCE", "\"I'LL CUT THAT RAG OFF UR HEAD AND SLIT UR THROAT\""),
        ("FEAR_OF_VIOLENCE", "\"TERRIFIED, THOUGHT HE WOULD DO IT THAT NIGHT\""),
        ("SERIOUS_IMPACT", "IP NOW OFF WORK (NHS PHARMACY) SINCE XMAS"),
        ("FEAR_OF_VIOLENCE", "SHE IS SURE HE WILL KILL HER \"ONE DAY SOON\""),
    ],
)

case(
    43, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="a",
    pattern="online_follower_orders_goods_and_publishes_address", relationship="online", occasions=8,
    text="""\
Investigation log - OIC DC 1455 MBEKI
08/03: IP Miss Harriet Coombes-Adeleke, runs a small baking account on Instagram (14k followers). Since Dec one follower "bakerboi_lew" (believed Lewis ARKWRIGHT, Barnsley) has sent her DMs daily, commented on every post, and after she blocked him made 3 further accounts. Wrote "I know you're single, I've seen your stories, we'd be perfect".
10/03: IP reports 6 takeaway orders and a mattress delivered to her home she did not order (Deliveroo + Argos records requested). Her home address was posted on a Reddit thread on 01/03 with photos of her front door - she never posts her address.
12/03: Spoke at length. IP says no threats, "I don't think he'd hurt me". But she has closed the business account (main income), had a camera + extra lock fitted and is staying with a friend in Wakefield most nights. Very tearful.
15/03: Production orders drafted. Reddit post removed on request.""",
    spans=[
        ("REPETITION", "Since Dec"),
        ("STALK_CONTACT", "sent her DMs daily, commented on every post"),
        ("STALK_CONTACT", "after she blocked him made 3 further accounts"),
        ("STALK_MONITOR", "I've seen your stories"),
        ("FIXATION", "we'd be perfect"),
        ("STALK_ORDERS", "6 takeaway orders and a mattress delivered to her home she did not order"),
        ("STALK_PUBLISH", "Her home address was posted on a Reddit thread"),
        ("SERIOUS_IMPACT", "she has closed the business account (main income)"),
        ("SERIOUS_IMPACT", "had a camera + extra lock fitted"),
        ("SERIOUS_IMPACT", "staying with a friend in Wakefield most nights"),
        ("DISTRESS", "Very tearful"),
    ],
)

case(
    44, "harassment", "C",
    voice="call_log", case="lower", noise="abbrev", batch="a",
    pattern="short_log_neighbour_repeated_abuse_over_bins", relationship="neighbour", occasions=3,
    text="""\
1920 clr mr vikram shah 8 poplar gr - nxt door (mr ron hebden) swore at him again over the bins, 3rd time this month, "f***ing idiot", "tosser". clr not scared, fed up. no threats. thrive low, sched appt.""",
    spans=[
        ("REPETITION", "again"),
        ("REPETITION", "3rd time this month"),
    ],
)
