# ruff: noqa: E501
"""Hand-written narratives, writer yc: racial/religious aggravation boundary across many communities."""

from corpora.handwritten import case

case(
    1, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="yc",
    pattern="neighbour_notes_through_door_anti_polish_accent_mocking", relationship="neighbour", occasions=4,
    text="""\
CALLER IS MRS [NAME 1] AT FLAT 3. STATES DOWNSTAIRS NEIGHBOUR SUSP MALE 60S HAS PUT A THIRD NOTE THRU HER DOOR TONIGHT. NOTES SAY "POLISH SPONGERS GO BACK TO POLAND" AND "NOBODY WANTS YOUR LOT HERE". FIRST ONE APPROX 2 WKS AGO, SECOND LAST FRI. CALLER STATES SUSP ALSO MIMICKED HER ACCENT ON THE STAIRS SAT AM "ZANK YOU ZANK YOU" AND LAUGHED. CALLER AND HUSBAND BOTH POLISH NATIONALS, LIVED AT ADDRESS 6 YRS, NO PROBS BEFORE. NO THREATS. CALLER UPSET BUT NOT REQ IMMEDIATE ATT. HAS KEPT ALL 3 NOTES IN A FREEZER BAG. HATE CRIME QUALIFIER ADDED. RV TOMORROW AM PLS.""",
    spans=[
        ("STALK_CONTACT", "HAS PUT A THIRD NOTE THRU HER DOOR TONIGHT"),
        ("RACIAL_HOSTILITY", "POLISH SPONGERS GO BACK TO POLAND"),
        ("RACIAL_HOSTILITY", "NOBODY WANTS YOUR LOT HERE"),
        ("REPETITION", "FIRST ONE APPROX 2 WKS AGO, SECOND LAST FRI"),
        ("RACIAL_HOSTILITY", "MIMICKED HER ACCENT ON THE STAIRS"),
        ("DISTRESS", "CALLER UPSET"),
    ],
)

case(
    2, "no_offence", "R",
    voice="crime_summary", case="mixed", noise="clean", batch="yc",
    pattern="single_racial_slur_shouted_by_stranger_in_street", relationship="stranger", occasions=1,
    text="""\
Summary: IP is a 34 year old Black British male. At approx 2215 on Saturday 14/09 he was walking along Canal Street towards the taxi rank when an unknown white male, early 20s, grey tracksuit, shouted a racial slur (the n-word) at him from across the road and laughed with his friends before walking off towards the Crown. IP did not know the male and had never seen him before. No further words exchanged, no threats, no physical contact. IP reported via 101 the following morning as he "wanted it on record". CCTV requested from the council control room but camera 14 was pointing at the junction roadworks at the time. No suspect identified. Recorded as a hate incident/public order; one occasion only, not a course of conduct.""",
    spans=[
        ("RACIAL_HOSTILITY", "shouted a racial slur (the n-word) at him from across the road"),
    ],
)

case(
    3, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="statement", case="mixed", noise="clean", batch="yc",
    pattern="ex_boyfriend_follows_and_threatens_romanian_woman_with_slurs", relationship="ex_partner", occasions=4,
    text="""\
I was in a relationship with Daniel [SURNAME] for about eighteen months and I ended it in March. I am Romanian and have lived in this country since 2017. While we were together he never said anything about where I am from. Since we split it has changed completely.

On 2nd April he was waiting by my car outside Lidl when I finished my shift. He said "you're just a gypsy thief like the rest of them, you took everything from me". He said if he saw me with anyone else he would "put me in the ground". I drove away shaking.

On 9th April he followed me in his van from work to my sister's house. He didn't get out.

On 20th April he turned up at my flat at 11pm and banged on the door shouting "open up you Romanian slag". He said "I told you what would happen, I'll f***ing kill you". I rang 999 but he had gone by the time they came.

Last night (26th) I saw his van parked across from my flat for about an hour.

I am genuinely frightened he is going to hurt me.""",
    spans=[
        ("STALK_LOITER", "he was waiting by my car outside Lidl when I finished my shift"),
        ("RACIAL_HOSTILITY", "you're just a gypsy thief like the rest of them"),
        ("THREAT_VIOLENCE", 'he would "put me in the ground"'),
        ("DISTRESS", "I drove away shaking"),
        ("STALK_FOLLOW", "he followed me in his van from work to my sister's house"),
        ("STALK_TURN_UP", "turned up at my flat at 11pm and banged on the door"),
        ("RACIAL_HOSTILITY", "open up you Romanian slag"),
        ("THREAT_VIOLENCE", "I'll f***ing kill you"),
        ("STALK_WATCH", "I saw his van parked across from my flat for about an hour"),
        ("FEAR_OF_VIOLENCE", "I am genuinely frightened he is going to hurt me"),
    ],
)

case(
    4, "harassment", "C",
    voice="updates", case="lower", noise="typos", batch="yc",
    pattern="neighbour_homophobic_abuse_over_fence_not_racial", relationship="neighbour", occasions=4,
    text="""\
update 03/02 pc 4471: spoke to both IPs (same sex couple, [NAME 1] and [NAME 2]) at home address. they report the male at no 22 has been shouting homophobic abuse at them over the garden fence since new year. occasions they can give - 2 jan "f***ing poofs", 11 jan "bum boys" while they were puting the bins out, 19 jan he wolf whistled and made kissing noises at [NAME 2] on the drive, and sat just gone (1st feb) he shouted "aids carriers" as they got out of the car with [NAME 1]s mum. no threats. both say it is wearing them down and [NAME 1] is "on edge every time we go out the front". susp is known to us for asb (noise). nothing racial or religous said - hostility is about sexual orientation so flagged as homophobic hate, NOT racially/religiously aggravated. will attend susp tmrw for v/a interview.""",
    spans=[
        ("UNWANTED", "shouting homophobic abuse at them over the garden fence"),
        ("REPETITION", "since new year"),
        ("UNWANTED", "he wolf whistled and made kissing noises at [NAME 2] on the drive"),
        ("DISTRESS", "it is wearing them down"),
        ("DISTRESS", "on edge every time we go out the front"),
    ],
)

case(
    5, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="heavy", batch="yc",
    pattern="local_drinker_threatens_somali_shopkeeper_repeatedly", relationship="customer", occasions=3,
    text="""\
RP [NAME] OWNS MINI MKT ON HALE RD. IS SOMALI. SAYS MALE KNOWN AS "TEL" (LOCAL, DRINKER) CAME IN AGAIN 1940 HRS TODAY SHOUTING "YOU SOMALIS ARE TAKING OVER" N SAID HE WILL "BURN THIS PLACE WITH YOU IN IT". SAME MALE ON MON SAID "GO BACK TO AFRICA OR I'LL CUT YOU" N SPAT ON COUNTER. ALSO 2 WKS AGO CALLED HIM A "PIRATE" N KNOCKED STOCK OFF SHELF. RP SOUNDS V SCARED ON PHONE, STATES "I THINK HE WILL REALLY DO IT TO ME". RP HAS CCTV ALL 3. SUSP LEFT TWRDS PARK, BALD, GRN PARKA. GRADE 2. WARNING MARKERS NIL AT ADDR.""",
    spans=[
        ("REPETITION", "CAME IN AGAIN 1940 HRS TODAY"),
        ("RACIAL_HOSTILITY", "YOU SOMALIS ARE TAKING OVER"),
        ("THREAT_VIOLENCE", "BURN THIS PLACE WITH YOU IN IT"),
        ("RACIAL_HOSTILITY", "GO BACK TO AFRICA"),
        ("THREAT_VIOLENCE", "I'LL CUT YOU"),
        ("REPETITION", "2 WKS AGO"),
        ("RACIAL_HOSTILITY", 'CALLED HIM A "PIRATE"'),
        ("FEAR_OF_VIOLENCE", "I THINK HE WILL REALLY DO IT TO ME"),
    ],
)

case(
    6, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="clean", batch="yc",
    pattern="online_fixation_antisemitic_forum_posts_and_filming_workplace", relationship="online", occasions=5,
    text="""\
Supervisor review – DS Okafor

I have read the file. IP is a Jewish woman, 41, who runs a small baking account on Instagram. The suspect, [NAME 3], first messaged her in June; she blocked him after he asked where she lived. Since then he has: created at least four new accounts to view her stories; posted on a public forum a thread titled with her name and a photo of her outside her synagogue, with comments about "Zionist parasites" and "she's one of them, look at the nose"; left a comment under her shop listing linking to the thread; and on 28 August was seen by her husband standing outside the bakery unit where she works, filming the shopfront on his phone.

IP says she is "more angry than scared" and has not changed anything she does. No threats are recorded. There is nonetheless a clear fixation on her, and antisemitic hostility runs through the published material. This is a course of conduct amounting to stalking, racially/religiously aggravated. Please make sure the forum posts are captured before they come down and request subscriber checks on the four accounts. Not s.4A on current evidence.""",
    spans=[
        ("STALK_MONITOR", "created at least four new accounts to view her stories"),
        ("STALK_PUBLISH", "posted on a public forum a thread titled with her name and a photo of her outside her synagogue"),
        ("RELIGIOUS_HOSTILITY", 'comments about "Zionist parasites"'),
        ("RACIAL_HOSTILITY", "she's one of them, look at the nose"),
        ("STALK_PUBLISH", "left a comment under her shop listing linking to the thread"),
        ("STALK_WATCH", "standing outside the bakery unit where she works, filming the shopfront on his phone"),
    ],
)

case(
    7, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="yc",
    pattern="family_loan_dispute_two_incidents_months_apart_reconciled_at_eid", relationship="family", occasions=2,
    text="""\
Result: NFA – no course of conduct.

IP reports his brother-in-law [NAME 2] shouted at him and pushed past him in the car park of the Jamia Masjid on Brook St after Friday prayers on 15/03, over an unpaid loan for the family business. Both men Muslim, both attend same mosque, nothing said about religion by either. Matter was settled through family and the imam; IP confirms they "made up properly" at Eid in April, shared meals, were on good terms all summer. Second incident 02/10 – heated phone call from [NAME 2] about the same loan, called IP a "liar and a thief". Nearly 7 months between the two with a full reconciliation in between, no threats either time. Not connected as a course of conduct. Words of advice to both by phone. IP content with outcome.""",
    spans=[
        ("UNWANTED", "shouted at him and pushed past him in the car park"),
        ("STALK_CONTACT", "heated phone call from [NAME 2] about the same loan"),
    ],
)

case(
    8, "aggravated_harassment", "CR",
    voice="crime_summary", case="inconsistent", noise="typos", batch="yc",
    pattern="ex_business_partner_three_racist_voicemails_in_minutes", relationship="business", occasions=3,
    text="""\
CRIME SUMMARY. ip mr [NAME] (nigerian national, runs a cleaning contracts firm) had a falling out with former business partner SUSP [NAME 2] in Oct over the dissolution of their company. On Weds 12/11 between 2131 and 2142 SUSP left three separate voicemails on IPs mobile. VM1 (2131): "you thieving African c**t, I want my money". VM2 (2136): "go back to Lagos and scam people there, monkey". VM3 (2142): "everyone knows what you people are like, bunch of crooks". IP played all three to PC 2290 who transcribed them word for word. no contact since. IP states he is "disgusted" and "insulted" but not frightend. Three calls, three seperate decisions to ring = seperate occasions (Kelly). Racial hostility in all three. Susp to be interviewd.""",
    spans=[
        ("STALK_CONTACT", "left three separate voicemails on IPs mobile"),
        ("REPETITION", "between 2131 and 2142"),
        ("RACIAL_HOSTILITY", "you thieving African c**t"),
        ("RACIAL_HOSTILITY", "go back to Lagos and scam people there, monkey"),
        ("RACIAL_HOSTILITY", "everyone knows what you people are like, bunch of crooks"),
    ],
)

case(
    9, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="mixed", noise="abbrev", batch="yc",
    pattern="ex_partner_pleading_turning_up_victim_moves_ethnicity_noted_only", relationship="ex_partner", occasions=7,
    text="""\
DASH completed with IP [NAME 1] (25, Indian heritage, Gujarati speaker – did not need interpreter, fluent English). Ex-partner SUSP [NAME 2] (27), rel ended Jan after 3 yrs, no children.

Since end of Jan SUSP has: messaged her daily on WhatsApp + Insta begging to get back together ("I can't live without u", "just one chat pls"); turned up at her parents' house in Leicester twice (04/02, 17/02); waited at the bus stop she uses for work on at least 3 mornings; sent flowers to her office. No threats, never violent in rel per IP.

IP says she "can't breathe" knowing he might appear. She has now moved out of her flat into a friend's spare room in another part of the city and changed her route to work. Answered YES to Qs 3, 7, 12. Std risk. Referred IDVA. Family aware – IP's dad says "he is a good boy from a good family, just heartbroken" – noted, IP disagrees strongly.""",
    spans=[
        ("STALK_CONTACT", "messaged her daily on WhatsApp + Insta begging to get back together"),
        ("FIXATION", "I can't live without u"),
        ("STALK_TURN_UP", "turned up at her parents' house in Leicester twice"),
        ("STALK_LOITER", "waited at the bus stop she uses for work on at least 3 mornings"),
        ("STALK_GIFTS", "sent flowers to her office"),
        ("DISTRESS", "can't breathe"),
        ("SERIOUS_IMPACT", "moved out of her flat into a friend's spare room in another part of the city"),
        ("SERIOUS_IMPACT", "changed her route to work"),
    ],
)

case(
    10, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="typos", batch="yc",
    pattern="neighbour_threatens_housed_irish_traveller_family", relationship="neighbour", occasions=3,
    text="""\
My name is Bridget [SURNAME]. I am an Irish Traveller and me and my husband and three kids have lived in the house on Orchard Close since last summer, we are housed, not on a site. The man at number 9, I only know him as Kev, has had a problem with us since we moved in.

On the 4th of this month I was getting the kids into the car and he came out and said "you pikeys want to f*** off back to your caravans before someone burns you out". I didnt say anything back.

Then on the Sunday (7th) he was in his front garden with a mate and when I walked past he said "I'll stab the lot of you, dirty tinkers".

Tuesday just gone he put a dead rat on our doorstep with a note, "vermin for vermin".

I am scared of him now, proper scared. I dont go out the front on my own if I can help it and I keep thinking he will come for me when my husband is at work.""",
    spans=[
        ("RACIAL_HOSTILITY", "you pikeys want to f*** off back to your caravans"),
        ("THREAT_VIOLENCE", "before someone burns you out"),
        ("THREAT_VIOLENCE", "I'll stab the lot of you"),
        ("RACIAL_HOSTILITY", "dirty tinkers"),
        ("UNWANTED", "put a dead rat on our doorstep with a note"),
        ("RACIAL_HOSTILITY", "vermin for vermin"),
        ("FEAR_OF_VIOLENCE", "I am scared of him now, proper scared"),
        ("SERIOUS_IMPACT", "I dont go out the front on my own if I can help it"),
        ("FEAR_OF_VIOLENCE", "he will come for me when my husband is at work"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CFD",
    voice="call_log", case="lower", noise="abbrev", batch="yc",
    pattern="disability_hostility_threats_to_wheelchair_user_heritage_noted_not_r", relationship="neighbour", occasions=3,
    text="""\
1102 rp [NAME] 52yo wheelchair user (MS) calling re male in flat opposite. 3rd time this wk he has shouted at her when she's getting out of her adapted car - "cripple", "scrounging spastic", "waste of oxygen". mon said he'd "tip her out of that chair and stamp on her head", today said "next time i'm putting you on the floor". rp v frightened, says she is sure he will attack her, has asked her carer to come earlier so she is not alone at car. rp is of pakistani heritage – asked specifically, she says nothing said about her race/religion, "it is all about the chair". disability hate flag. grade 2, susp details on system.""",
    spans=[
        ("REPETITION", "3rd time this wk"),
        ("UNWANTED", "shouted at her when she's getting out of her adapted car"),
        ("THREAT_VIOLENCE", "tip her out of that chair and stamp on her head"),
        ("THREAT_VIOLENCE", "next time i'm putting you on the floor"),
        ("FEAR_OF_VIOLENCE", "she is sure he will attack her"),
        ("SERIOUS_IMPACT", "has asked her carer to come earlier so she is not alone at car"),
    ],
)

case(
    12, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="mixed", noise="clean", batch="yc",
    pattern="stranger_follows_chinese_student_posts_photo_she_stops_lectures", relationship="stranger", occasions=6,
    text="""\
From: Student Wellbeing, [UNIVERSITY]
To: Hate Crime Coordinator
Re: Student [NAME 1], 2nd year, Chinese national

Dear Officer,

I am writing with the student's consent. Over the last five weeks a man she does not know has repeatedly targeted her. He first shouted "kung flu" at her outside the library on 3 October. Since then he has followed her from campus to her halls at least three times, once on to the bus. On 19 October he photographed her through the window of the café where she works part-time, and last week she found her photo posted on a local Facebook group with the caption "another one eating our dogs, she lives at Cavendish Halls".

She has not been threatened. She is, however, no longer attending in-person lectures, has given up her café job, and only leaves halls with a friend. Her tutor confirms her attendance has dropped to nothing in the last fortnight.

She would like to speak to someone in Mandarin if possible, although her English is good.

Kind regards,
Helen [SURNAME]""",
    spans=[
        ("REPETITION", "Over the last five weeks"),
        ("RACIAL_HOSTILITY", 'shouted "kung flu" at her outside the library'),
        ("STALK_FOLLOW", "followed her from campus to her halls at least three times"),
        ("STALK_WATCH", "photographed her through the window of the café where she works part-time"),
        ("STALK_PUBLISH", "found her photo posted on a local Facebook group"),
        ("RACIAL_HOSTILITY", "another one eating our dogs"),
        ("SERIOUS_IMPACT", "no longer attending in-person lectures"),
        ("SERIOUS_IMPACT", "has given up her café job"),
        ("SERIOUS_IMPACT", "only leaves halls with a friend"),
    ],
)

case(
    13, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="yc",
    pattern="coworker_mocks_hijab_your_lot_comments_on_shift", relationship="colleague", occasions=4,
    text="""\
SUSP (CO-WORKER AT DISTRIBUTION CENTRE) HAS ON 4 OCCS OVER 3 WKS MADE COMMENTS TO VIC ABOUT HER HIJAB AND RELIGION WHILST ON SHIFT. REFERRED TO HER AS "NINJA" AND "LETTERBOX", ASKED IF SHE HAD "A BOMB UNDER THAT", AND SAID "YOUR LOT SHOULD ALL BE SENT BACK". ON LAST OCC PULLED AT BACK OF HER HEADSCARF AS HE WALKED PAST. VIC REPORTED TO HR, SUSP SUSPENDED. VIC UPSET, NOT IN FEAR.""",
    spans=[
        ("REPETITION", "ON 4 OCCS OVER 3 WKS"),
        ("RELIGIOUS_HOSTILITY", 'REFERRED TO HER AS "NINJA" AND "LETTERBOX"'),
        ("RELIGIOUS_HOSTILITY", 'ASKED IF SHE HAD "A BOMB UNDER THAT"'),
        ("RELIGIOUS_HOSTILITY", "YOUR LOT SHOULD ALL BE SENT BACK"),
        ("UNWANTED", "PULLED AT BACK OF HER HEADSCARF"),
        ("DISTRESS", "VIC UPSET"),
    ],
)

case(
    14, "no_offence", "",
    voice="notebook", case="lower", noise="heavy", batch="yc",
    pattern="road_rage_single_threat_nationality_noted_only", relationship="stranger", occasions=1,
    text="""\
0815 hrs att jnct station rd / mill lane re road rage. vic [NAME] (lithuanian, works at packing plant, gd english) states white transit cut him up at lights, driver got out, slapped his wing mirror n said "do that again and ill break your jaw" then drove off. vic got partial vrm. no racial comments, vic v clear on that, says driver was "just angry man". vic not injured, bit shaken. only incident, never seen driver b4. pnc on partial - 3 poss. advised. threats/crim dmg to be considered - NOT harassment, one occ.""",
    spans=[
        ("THREAT_VIOLENCE", "do that again and ill break your jaw"),
        ("DISTRESS", "bit shaken"),
    ],
)

case(
    15, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="yc",
    pattern="neighbour_photographs_and_follows_sikh_man_to_gurdwara_notes", relationship="neighbour", occasions=7,
    text="""\
Update 1 – 12/05 PC Hale
IP Mr [NAME] (Sikh, wears turban) reports neighbour [NAME 2] at no.14 has been photographing him from upstairs window most mornings as he leaves for work – IP has seen the phone pressed to the glass on at least 5 days since late April.

Update 2 – 14/05
IP's son found a printed note in their recycling bin lid: "we know where the towel heads pray". Same handwriting/paper as note from March (retained). IP believes it is [NAME 2].

Update 3 – 20/05
IP drove to gurdwara on Sun and saw [NAME 2]'s silver Corsa behind him the whole way, it then sat in the Aldi car park opposite for 40 mins. IP states "he is obsessed with me, he knows my every move". Not scared of him physically – "he is a little man" – but wants it to stop. No changes to routine.

Update 4 – 21/05
CCTV from Aldi obtained showing Corsa VRM. Susp to be arrested on suspicion of racially/religiously aggravated stalking.""",
    spans=[
        ("STALK_WATCH", "photographing him from upstairs window most mornings as he leaves for work"),
        ("REPETITION", "on at least 5 days since late April"),
        ("STALK_CONTACT", "found a printed note in their recycling bin lid"),
        ("RELIGIOUS_HOSTILITY", "we know where the towel heads pray"),
        ("STALK_FOLLOW", "saw [NAME 2]'s silver Corsa behind him the whole way"),
        ("STALK_LOITER", "sat in the Aldi car park opposite for 40 mins"),
        ("FIXATION", "he is obsessed with me, he knows my every move"),
    ],
)

case(
    16, "harassment", "C",
    voice="victim_diary", case="mixed", noise="typos", batch="yc",
    pattern="temple_committee_member_abusive_emails_over_accounts_no_religious_hostility", relationship="acquaintance", occasions=6,
    text="""\
Log kept by [NAME 1], treasurer, [TOWN] Hindu Mandir committee – handed to PC at front counter 09/12.

21 Oct – email from R. at 23:40 calling me "a crook who should be in jail", says I've "stolen from the Gods". (it is about the roof fund)
23 Oct – same again, 3 emails in one evening, copied to all committee members. calls me incompetant and a liar.
2 Nov – WhatsApp to me personally "everybody knows your a thief".
9 Nov – another email, to whole committe plus my wife
15 Nov – texts x4, mostly same accusations
30 Nov – voice note 6 mins long ranting about the accounts

The accounts have been audited and are fine. R. is also Hindu and a long standing member, this is nothing to do with relgion it is about the money and the election in the summer. I just want him to stop contacting me. My wife says I am not sleeping.""",
    spans=[
        ("STALK_CONTACT", 'email from R. at 23:40 calling me "a crook who should be in jail"'),
        ("STALK_CONTACT", "3 emails in one evening, copied to all committee members"),
        ("STALK_CONTACT", "WhatsApp to me personally"),
        ("STALK_CONTACT", "another email, to whole committe plus my wife"),
        ("STALK_CONTACT", "texts x4, mostly same accusations"),
        ("STALK_CONTACT", "voice note 6 mins long ranting about the accounts"),
        ("DISTRESS", "I am not sleeping"),
    ],
)

case(
    17, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="clean", batch="yc",
    pattern="man_at_hotel_fence_threatens_asylum_seeker_invader_remarks", relationship="stranger", occasions=3,
    text="""\
Statement of [NAME], taken through a Tigrinya interpreter (Language Line ref 448213).

I am from Eritrea. I am an asylum seeker and I live at the [HOTEL] on the ring road with about ninety other men.

There is a man, white, maybe fifty, with a small brown dog, who walks past the hotel in the evenings. He has spoken to me three times. The first time, about two weeks ago, I was smoking by the side gate and he said "you're an invader, you don't belong here, go home".

The second time, on Friday, he came right up to the fence and pointed at me, not the others, and said "I know your face. One night I'm coming in there and I'll cut your throat".

Yesterday he was there again. He said "remember what I told you, black boy" and moved his finger across his neck.

I am afraid of this man. I believe he wants to kill me. I do not go to the side gate now.""",
    spans=[
        ("RACIAL_HOSTILITY", "you're an invader, you don't belong here, go home"),
        ("UNWANTED", "came right up to the fence and pointed at me"),
        ("THREAT_VIOLENCE", "I'm coming in there and I'll cut your throat"),
        ("REPETITION", "Yesterday he was there again"),
        ("RACIAL_HOSTILITY", "black boy"),
        ("THREAT_VIOLENCE", "moved his finger across his neck"),
        ("FEAR_OF_VIOLENCE", "I am afraid of this man"),
        ("FEAR_OF_VIOLENCE", "I believe he wants to kill me"),
        ("SERIOUS_IMPACT", "I do not go to the side gate now"),
    ],
)

case(
    18, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="mixed", noise="heavy", batch="yc",
    pattern="ex_partner_outside_house_racist_texts_threats_to_black_woman", relationship="ex_partner", occasions=5,
    text="""\
CALLER: [NAME 1] 29
LOC: home addr
CALLER SAYS EX P [NAME 2] (white male 33, split 6 wks) is outside again rn sat in his car. this is 4th time since sat. he rang her 30+ times last nite, she didnt answer, then txt "ur nothing without me u black b*tch". tues he followed her 2 tesco n said in car park "if i cant have u no1 will, i'll slice ur face". caller crying, says "im terrified hes gonna kill me". then 2day txt: "im going to finish u tonite". caller says 2 kids (his) inside asleep. DA markers both. previous dvpn 2023. grade 1 dispatched 2247""",
    spans=[
        ("STALK_LOITER", "is outside again rn sat in his car"),
        ("REPETITION", "this is 4th time since sat"),
        ("STALK_CONTACT", "he rang her 30+ times last nite"),
        ("RACIAL_HOSTILITY", "ur nothing without me u black b*tch"),
        ("STALK_FOLLOW", "he followed her 2 tesco"),
        ("FIXATION", "if i cant have u no1 will"),
        ("THREAT_VIOLENCE", "i'll slice ur face"),
        ("FEAR_OF_VIOLENCE", "im terrified hes gonna kill me"),
        ("THREAT_VIOLENCE", "im going to finish u tonite"),
    ],
)

case(
    19, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="yc",
    pattern="polish_ex_husband_pleading_texts_roses_nationality_for_translation_only", relationship="ex_partner", occasions=40,
    text="""\
IP and SUSP are both Polish nationals, together 7 years, separated in August when IP moved out. All messages below were written in Polish and translated by PC Nowak (Polish speaker).

Between 1 Sept and 10 Oct SUSP has sent IP approx 240 text messages and left 31 voicemails. Content is pleading rather than threatening: "please come home, I will change", "I am nothing without you", "I will wait for you for ever". On 2 occasions he left roses on the windscreen of her car at work, and on 6 Oct he sent her mother a long letter asking her to "make her see sense".

IP says she feels "guilty and sad" but is not afraid of him; he has never been violent. She has not changed anything about her routine. She wants him warned, not arrested. No hostility of any kind about nationality – both parties Polish, mentioned for translation purposes only.""",
    spans=[
        ("REPETITION", "Between 1 Sept and 10 Oct"),
        ("STALK_CONTACT", "sent IP approx 240 text messages and left 31 voicemails"),
        ("FIXATION", "I am nothing without you"),
        ("FIXATION", "I will wait for you for ever"),
        ("STALK_GIFTS", "left roses on the windscreen of her car at work"),
        ("STALK_CONTACT", "sent her mother a long letter"),
        ("DISTRESS", 'feels "guilty and sad"'),
    ],
)

case(
    20, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="yc",
    pattern="neighbour_anti_roma_abuse_one_threat_only_no_fear", relationship="neighbour", occasions=4,
    text="""\
Sgt review 11/07: Roma family (IP [NAME], wife, 4 children) at 27 Hope St. Neighbour SUSP [NAME 2] at 25 – 4 occasions in June: 06/06 "dirty gypos, stealing our benefits"; 13/06 "your lot should be gassed" said to IP over wall, and on the same day "I'll put you through that window" (only threat in the whole series); 22/06 spat at IP's feet, "gyppo"; 29/06 stood at boundary shouting "Roma rats" while IP's kids played. IP not in fear ("he is old man, he talks"). Racially aggravated harassment s.2 – NOT s.4: one threat only, no fear described. OIC to get statement from IP's wife re 22/06. Good work so far.""",
    spans=[
        ("REPETITION", "4 occasions in June"),
        ("RACIAL_HOSTILITY", "dirty gypos, stealing our benefits"),
        ("RACIAL_HOSTILITY", "your lot should be gassed"),
        ("THREAT_VIOLENCE", "I'll put you through that window"),
        ("UNWANTED", "spat at IP's feet"),
        ("RACIAL_HOSTILITY", '"gyppo"'),
        ("RACIAL_HOSTILITY", 'shouting "Roma rats"'),
    ],
)

case(
    21, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="yc",
    pattern="former_flatmate_transphobic_threats_not_racial", relationship="acquaintance", occasions=3,
    text="""\
I am a trans woman and I have lived as Jess for four years. [NAME 2] used to share a flat with me in 2022. He knew I transitioned, he was ok about it at the time.

In February he started messaging me on Facebook calling me "it" and "a bloke in a dress". On 14 Feb he wrote "people like you should be put down, I'll do it myself".

On 3 March he was at the bar when I came in to the Red Lion and he said loud enough for everybody "there's the freak, I'll knock that wig off and see what's under it, then I'll kick the sh*t out of him". My freind took me home.

Since then he has sent me two more messages, last one was Sunday, "your days are numbered tranny".

I am frightened of him. I think he will hurt me if he catches me on my own.""",
    spans=[
        ("STALK_CONTACT", 'started messaging me on Facebook calling me "it" and "a bloke in a dress"'),
        ("THREAT_VIOLENCE", "people like you should be put down, I'll do it myself"),
        ("THREAT_VIOLENCE", "then I'll kick the sh*t out of him"),
        ("STALK_CONTACT", "sent me two more messages"),
        ("THREAT_VIOLENCE", "your days are numbered"),
        ("FEAR_OF_VIOLENCE", "I think he will hurt me if he catches me on my own"),
    ],
)

case(
    22, "no_offence", "R",
    voice="third_party", case="mixed", noise="clean", batch="yc",
    pattern="single_go_back_home_remark_on_bus_victim_unidentified", relationship="stranger", occasions=1,
    text="""\
Bus driver (no. 42 route): male pax 60s told Somali woman in niqab "go back home where you belong, we don't want you here" at Rye Lane stop. One-off. Vic not identified. Intel only.""",
    spans=[
        ("RACIAL_HOSTILITY", "go back home where you belong, we don't want you here"),
    ],
)

case(
    23, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="yc",
    pattern="sacked_worker_graffiti_and_facebook_page_against_pakistani_takeaway_owner", relationship="colleague", occasions=14,
    text="""\
Sentencing remarks (extract), HHJ [NAME], [TOWN] Crown Court

Mr Carter, you worked for Mr Iqbal at his takeaway for about eight months until he dismissed you in January for taking money from the till. You did not accept that. Over the following six weeks you conducted what can only be described as a campaign directed at him personally. On three separate nights you spray-painted the shutters of his shop, on the first occasion with the words "Paki paedo" and on the others with similar filth. You set up a Facebook page in his name on which you posted his photograph, his home address and invented claims about the grooming of children, linking them expressly to his being Pakistani and Muslim. You drove past his home repeatedly; his doorbell camera records your car on eleven evenings.

Mr Iqbal, to his credit, told the officer he was not afraid of you and refused to close the shop for even a single night. That does not reduce the hostility you demonstrated, which was plainly racial and religious. You pleaded guilty to racially or religiously aggravated stalking and I give you full credit for that plea.""",
    spans=[
        ("REPETITION", "Over the following six weeks"),
        ("REPETITION", "On three separate nights"),
        ("STALK_PROPERTY", "spray-painted the shutters of his shop"),
        ("RACIAL_HOSTILITY", 'the words "Paki paedo"'),
        ("STALK_PUBLISH", "set up a Facebook page in his name on which you posted his photograph, his home address"),
        ("RELIGIOUS_HOSTILITY", "linking them expressly to his being Pakistani and Muslim"),
        ("STALK_WATCH", "You drove past his home repeatedly"),
        ("REPETITION", "on eleven evenings"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSF",
    voice="crime_summary", case="inconsistent", noise="abbrev", batch="yc",
    pattern="ex_husband_turns_up_at_nail_bar_two_threats_interpreter_only", relationship="ex_partner", occasions=5,
    text="""\
IP [NAME 1] (Chinese national, Mandarin interpreter used for ABE – for accuracy only). SUSP is her ex-husband [NAME 2], also Chinese national, divorced 2022.

SINCE 10/01 SUSP HAS attended her workplace (nail bar, High St) on 3 occs asking her to come back, on the 3rd occ he stood outside for 2 HRS. On 24/01 he sent WeChat: "if you won't be my wife you won't be anyone's, I will break your legs". On 02/02 he waited outside her flat and said "I warned you, next time I will kill you". IP states she is very scared he will carry it out, "he knows where I live and work". NO RACIAL/RELIGIOUS ELEMENT – same background, all in Mandarin, no hostility re ethnicity. S.4A.""",
    spans=[
        ("STALK_TURN_UP", "attended her workplace (nail bar, High St) on 3 occs"),
        ("STALK_LOITER", "he stood outside for 2 HRS"),
        ("FIXATION", "if you won't be my wife you won't be anyone's"),
        ("THREAT_VIOLENCE", "I will break your legs"),
        ("STALK_LOITER", "he waited outside her flat"),
        ("THREAT_VIOLENCE", "next time I will kill you"),
        ("FEAR_OF_VIOLENCE", "she is very scared he will carry it out"),
    ],
)

case(
    25, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="vps", case="mixed", noise="clean", batch="yc",
    pattern="customer_mocks_hindu_newsagent_shrine_and_threatens_twice", relationship="customer", occasions=4,
    text="""\
Victim Personal Statement – [NAME], 58

I have run the newsagents on Derby Road for twenty-two years. I am Hindu and I keep a small shrine behind the counter with a picture of Ganesh. I have never had trouble like this.

The man started coming in around Christmas. He would buy scratchcards and say things like "your lot have taken over this whole road" and "what's that, your elephant god?" and laugh. In January he knocked the picture off the shelf and said "I'll put your head through that glass next time, you curry-munching idol worshipper". Two weeks later he came back, leaned over the counter and said "you won't see me coming, I'll do you when you're locking up".

I am now frightened when I lock up. I genuinely believe he will attack me. My son now comes at closing time every night so I am not alone, and I have put up a second camera. I have told my wife I want to sell the shop.""",
    spans=[
        ("RACIAL_HOSTILITY", "your lot have taken over this whole road"),
        ("RELIGIOUS_HOSTILITY", "what's that, your elephant god?"),
        ("UNWANTED", "knocked the picture off the shelf"),
        ("THREAT_VIOLENCE", "I'll put your head through that glass next time"),
        ("RELIGIOUS_HOSTILITY", "you curry-munching idol worshipper"),
        ("THREAT_VIOLENCE", "I'll do you when you're locking up"),
        ("FEAR_OF_VIOLENCE", "I genuinely believe he will attack me"),
        ("SERIOUS_IMPACT", "My son now comes at closing time every night so I am not alone"),
        ("SERIOUS_IMPACT", "I have put up a second camera"),
    ],
)

case(
    26, "harassment", "C",
    voice="crime_summary", case="upper", noise="heavy", batch="yc",
    pattern="shared_drive_parking_dispute_photos_and_notes_origin_noted_only", relationship="neighbour", occasions=6,
    text="""\
NEIGHBOUR DISPUTE RE PARKING ON SHARED DRIVE. IP MR [NAME] (NIGERIAN ORIGIN, NOTED FOR MONITORING ONLY) STATES SUSP AT NO 6 HAS SINCE APRIL PHOTOGRAPHED IPS CAR EVERY TIME IT IS PARKED OVER THE LINE N LEFT 5 NOTES ON WINDSCREEN ("MOVE IT OR IT GETS TOWED", "LAST WARNING - LEARN TO PARK"). NO RACIAL LANGUAGE - IP CONFIRMED, "HE IS LIKE THIS WITH EVERYONE ON THE CLOSE". NO THREATS OF VIOLENCE. IP SAYS IT IS "CONSTANT AND EXHAUSTING". ISSUE IS THE DRIVE NOT IP PERSONALLY. REC AS HARASSMENT (S.2). MEDIATION REF OFFERED, BOTH PARTIES AGREE.""",
    spans=[
        ("REPETITION", "SINCE APRIL"),
        ("STALK_WATCH", "PHOTOGRAPHED IPS CAR EVERY TIME IT IS PARKED OVER THE LINE"),
        ("STALK_CONTACT", "LEFT 5 NOTES ON WINDSCREEN"),
        ("DISTRESS", "CONSTANT AND EXHAUSTING"),
    ],
)

case(
    27, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="statement", case="mixed", noise="typos", batch="yc",
    pattern="coworker_mocks_lithuanian_accent_follows_home_notes_she_moves", relationship="colleague", occasions=6,
    text="""\
I'm Agne, I'm from Lithuania, I work nights at the Parcelnet depot on picking. Since about September a man on my line, Gary, has been picking on me. At first it was copying how I talk, "ya ya, I em from Lituania, I steal your job", in front of everybody, every shift nearly.

Then in october he started waiting at the staff car park when I finished at 6am, sitting in his car with the engine on. On the 14th and the 21st he drove behind me all the way to my street. He never said nothing those times he just looked.

Last week I found a note in my locker, "go back to where you came from, eastern euro scum, I know where you live". Another one two days later in my coat pocket saying "number 41 isnt it".

I asked to move to day shifts so I wouldnt see him, which is less money. I have moved in with my cousin in [TOWN] because I didnt want to be at number 41 anymore. I cant sleep properly.""",
    spans=[
        ("RACIAL_HOSTILITY", "copying how I talk"),
        ("RACIAL_HOSTILITY", "ya ya, I em from Lituania, I steal your job"),
        ("REPETITION", "every shift nearly"),
        ("STALK_LOITER", "started waiting at the staff car park when I finished at 6am"),
        ("STALK_FOLLOW", "drove behind me all the way to my street"),
        ("STALK_CONTACT", "found a note in my locker"),
        ("RACIAL_HOSTILITY", "go back to where you came from, eastern euro scum"),
        ("STALK_MONITOR", "I know where you live"),
        ("STALK_MONITOR", "number 41 isnt it"),
        ("SERIOUS_IMPACT", "I asked to move to day shifts so I wouldnt see him"),
        ("SERIOUS_IMPACT", "I have moved in with my cousin in [TOWN]"),
        ("DISTRESS", "I cant sleep properly"),
    ],
)

case(
    28, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="yc",
    pattern="letting_agent_arrears_letters_alleged_racism_lawful_contact", relationship="landlord", occasions=7,
    text="""\
Outcome – NFA, no offence disclosed.

Ms [NAME] (Romanian national) reported that her letting agent was "harassing" her because she is Romanian. I have reviewed what she provided: four letters and two emails between 3 March and 19 April about rent arrears of £1,640, one of which gives 48 hours' notice of an inspection visit, and a section 8 notice served correctly. The tone throughout is formal. There is no reference to her nationality or anything else about her background in any of the correspondence, and the agent confirms the same template goes to every tenant in arrears. The visit took place on 22 April with Ms [NAME] present and passed without incident.

This is lawful contact to recover a debt and manage a tenancy. Ms [NAME] was clearly stressed about money and was signposted to Citizens Advice and the council's housing team. Explained the outcome to her by phone; she accepted it, though she remains unhappy with the agent.""",
    spans=[],
)

case(
    29, "aggravated_harassment", "CDR",
    voice="call_log", case="lower", noise="abbrev", batch="yc",
    pattern="neighbour_tips_recycling_back_go_back_home_somali_family_stop_using_garden", relationship="neighbour", occasions=6,
    text="""\
1630 101 call. rp mrs [NAME] somali, lives w/ 5 kids at 8 ash grove. says neighbour at 10 (older white female, [NAME 2]) "never stops". over last month: 4 times tipped rp's recycling back over the fence onto her lawn saying "take your rubbish back with you, back where you came from"; said to rp in front of her eldest (14) "your lot breed like rabbits"; today stood at fence while rp hanging washing and said "go back home, this is an english street". no threats. rp has stopped letting the kids play in the garden and hangs her washing indoors now. rp calm on phone, "i just want her to stop". interp not req. hate crime flag. pcso to visit.""",
    spans=[
        ("REPETITION", "over last month"),
        ("UNWANTED", "4 times tipped rp's recycling back over the fence onto her lawn"),
        ("RACIAL_HOSTILITY", "take your rubbish back with you, back where you came from"),
        ("RACIAL_HOSTILITY", "your lot breed like rabbits"),
        ("RACIAL_HOSTILITY", "go back home, this is an english street"),
        ("SERIOUS_IMPACT", "has stopped letting the kids play in the garden"),
        ("SERIOUS_IMPACT", "hangs her washing indoors now"),
    ],
)

case(
    30, "stalking", "CS",
    voice="notebook", case="mixed", noise="abbrev", batch="yc",
    pattern="cafe_regular_fixated_on_polish_barista_gifts_waiting_nationality_irrelevant", relationship="customer", occasions=16,
    text="""\
PCSO notebook 0930 – att Bean & Co, Market Sq, at request of manager. Staff member [NAME 1] (22, Polish, works weekday mornings) reports a regular customer, male 40s, known only as "Steve", has come in every weekday for 3 wks and sits at the window table for the whole of her shift. Has left 3 cards for her at the counter ("to my beautiful Kasia", "you are the one"), and a bracelet. Last Fri he was waiting by the bins at the back when she left at 1400 and asked to walk her home; she said no and he said "I'll wait, you'll see we're meant to be". She has told him clearly twice she isn't interested. She is "creeped out" but not frightened and hasn't changed her hours. No threats. Nothing said re her nationality. Advised; details passed to neighbourhood team.""",
    spans=[
        ("STALK_TURN_UP", "has come in every weekday for 3 wks"),
        ("STALK_WATCH", "sits at the window table for the whole of her shift"),
        ("STALK_GIFTS", "Has left 3 cards for her at the counter"),
        ("STALK_GIFTS", "a bracelet"),
        ("STALK_LOITER", "he was waiting by the bins at the back when she left at 1400"),
        ("FIXATION", "I'll wait, you'll see we're meant to be"),
        ("DISTRESS", '"creeped out"'),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="crime_summary", case="lower", noise="heavy", batch="yc",
    pattern="schoolmate_racist_snapchats_and_stabbing_threats_to_black_teen", relationship="acquaintance", occasions=4,
    text="""\
ip is 15yo black british male, yr 11 at [SCHOOL]. susp [NAME 2] (16, same yr). since feb half term susp has sent ip snapchats nearly every night – monkey and banana emojis, "back to the jungle", n-word spelt out. 03/03 snap "ur gettin shanked after school". 05/03 susp & 3 others at school gates, susp told ip "tomorrow's ur day, bring a bodybag". ip refused to go in next day, mum kept him off 3 days. ip told pc he thinks they will stab him and "is scared to walk anywhere". screenshots x14 obtained from ip's phone by mum. school aware, susp excluded pending. NB mum asked whether it's "just kids messing" – ip clearly in real fear.""",
    spans=[
        ("STALK_CONTACT", "sent ip snapchats nearly every night"),
        ("RACIAL_HOSTILITY", "monkey and banana emojis"),
        ("RACIAL_HOSTILITY", "back to the jungle"),
        ("THREAT_VIOLENCE", "ur gettin shanked after school"),
        ("THREAT_VIOLENCE", "tomorrow's ur day, bring a bodybag"),
        ("SERIOUS_IMPACT", "mum kept him off 3 days"),
        ("FEAR_OF_VIOLENCE", "he thinks they will stab him"),
        ("FEAR_OF_VIOLENCE", "is scared to walk anywhere"),
    ],
)

case(
    32, "harassment_fear_of_violence", "CFD",
    voice="updates", case="mixed", noise="clean", batch="yc",
    pattern="gym_member_homophobic_threats_to_gay_sikh_man_not_religious", relationship="acquaintance", occasions=3,
    text="""\
Update (PC 3318): Took initial account from IP [NAME] (31, Sikh, gay). He wants it recorded that he has been abused "for being gay, not for being Sikh" – no comments at all about his turban, religion or ethnicity, he was specific about this.

SUSP is a man from his gym, [NAME 2], who found out he was gay after seeing him with his partner in town in May.
– 22/05 in changing room: "f***ing queer, I'll break your neck if you look at me again"
– 30/05 texted IP (number from gym WhatsApp group): "batty boys get battered round here, you're next"
– 11/06 blocked IP's car in at the gym car park and said through the window "I'm going to do you properly, watch"

IP has stopped going to that gym. He states he is afraid the SUSP will attack him and checks his mirrors whenever he drives home. Flagged homophobic hate crime. S.4 PHA.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll break your neck if you look at me again"),
        ("STALK_CONTACT", "texted IP (number from gym WhatsApp group)"),
        ("THREAT_VIOLENCE", "batty boys get battered round here, you're next"),
        ("UNWANTED", "blocked IP's car in at the gym car park"),
        ("THREAT_VIOLENCE", "I'm going to do you properly, watch"),
        ("SERIOUS_IMPACT", "IP has stopped going to that gym"),
        ("FEAR_OF_VIOLENCE", "he is afraid the SUSP will attack him"),
    ],
)

case(
    33, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="abbrev", batch="yc",
    pattern="ex_partner_sends_friends_to_workplace_posts_antisemitic_memes", relationship="ex_partner", occasions=10,
    text="""\
DASH – IP [NAME 1] (38). Ex-partner [NAME 2] (40), rel 2019–Aug this yr, IP ended it. IP is Jewish, SUSP is not; IP says religion "was never a problem until I left him".

Since Sept: SUSP has sent two of his friends (named as Lee and "Dinks") to IP's workplace on 3 occs to "ask if she's ok" and report back – they sat in reception each time till security moved them. SUSP has posted on his public Facebook at least 6 memes about IP – photo of her with a hooked nose drawn on, captions "money-grabbing Jewess", "counting her shekels from my house". He has also messaged IP's sister asking where IP is living now.

IP: "I'm not scared of him, I'm furious". No threats ever. No change to routine. Answered no to most risk Qs. Med risk given ex-partner stalking pattern + use of third parties. Referred to CST and IDVA.""",
    spans=[
        ("STALK_TURN_UP", "sent two of his friends (named as Lee and \"Dinks\") to IP's workplace on 3 occs"),
        ("STALK_LOITER", "they sat in reception each time till security moved them"),
        ("STALK_PUBLISH", "posted on his public Facebook at least 6 memes about IP"),
        ("RACIAL_HOSTILITY", "photo of her with a hooked nose drawn on"),
        ("RELIGIOUS_HOSTILITY", "money-grabbing Jewess"),
        ("RELIGIOUS_HOSTILITY", "counting her shekels from my house"),
        ("STALK_MONITOR", "messaged IP's sister asking where IP is living now"),
    ],
)

case(
    34, "no_offence", "",
    voice="notebook", case="lower", noise="typos", batch="yc",
    pattern="mutual_row_over_shared_alley_bins_both_abusive_no_hostility", relationship="neighbour", occasions=2,
    text="""\
attended 14 & 16 kings rd, 2nd call in a week about the same thing. mr [NAME 1] (pakistani heritage) and mr [NAME 2] (irish, lived there 30 yrs) both rang 999 about each other. the row is over the shared alley and whose bins are blocking it. spoke to both seperately. both admit shouting and swearing at each other today and last tuesday, [NAME 1] called [NAME 2] "a drunk old fool", [NAME 2] called him "a jumped up little sh*t". neither said anything about the others race or religion - i asked both directly. nobody threatend, nobody touched. both as bad as each other tbh. words of advice to both, told them to sort the alley out through the council. no offences.""",
    spans=[],
)

case(
    35, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="crime_summary", case="mixed", noise="redacted", batch="yc",
    pattern="ex_partner_breaches_restraining_order_racist_threats_nigerian_woman", relationship="ex_partner", occasions=3,
    text="""\
XXXX (IP, 44, British Nigerian) has a restraining order (XXXX Mags, March) against her ex-partner XXXX forbidding contact with her and coming within 100m of her home.

On 02/06 at approx 2300 SUSP attended her address, knocked repeatedly and shouted through the letterbox "open the door you African whore, that bit of paper won't save you, I'll burn you out". IP called 999, SUSP gone before arrival.

On 05/06 SUSP was standing at the end of her road when she returned from work. He walked alongside her and said "back to the bush with you, I'll slit your throat before I let you take my kids".

On 07/06 IP's neighbour saw SUSP sitting in his car outside her house for 30 minutes.

IP in fear – "I know what he's capable of, he will kill me". Breach of RO x3, racially aggravated stalking (fear of violence).""",
    spans=[
        ("STALK_TURN_UP", "SUSP attended her address, knocked repeatedly"),
        ("RACIAL_HOSTILITY", "open the door you African whore"),
        ("THREAT_VIOLENCE", "I'll burn you out"),
        ("STALK_LOITER", "SUSP was standing at the end of her road when she returned from work"),
        ("RACIAL_HOSTILITY", "back to the bush with you"),
        ("THREAT_VIOLENCE", "I'll slit your throat"),
        ("STALK_WATCH", "sitting in his car outside her house for 30 minutes"),
        ("FEAR_OF_VIOLENCE", "he will kill me"),
    ],
)

case(
    36, "harassment", "C",
    voice="statement", case="mixed", noise="typos", batch="yc",
    pattern="ex_colleague_messages_mocking_stammer_disability_not_racial", relationship="colleague", occasions=20,
    text="""\
Ive had about 20 messages off Craig since he left the firm in July. Voice notes of him doing my stammer "w-w-w-what's up T-T-Tony", and texts like "spit it out retard". Never anything about me being black, just the stammer. Its embarassing more than anything.""",
    spans=[
        ("STALK_CONTACT", "Ive had about 20 messages off Craig since he left the firm in July"),
        ("STALK_CONTACT", "Voice notes of him doing my stammer"),
        ("STALK_CONTACT", 'texts like "spit it out retard"'),
        ("DISTRESS", "Its embarassing more than anything"),
    ],
)

case(
    37, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="yc",
    pattern="pharmacy_customer_fixation_on_romanian_worker_she_changes_job", relationship="stranger", occasions=12,
    text="""\
Victim Personal Statement

I came to the UK from Romania in 2019 and I love living here. I want to say clearly that what this man did had nothing to do with where I'm from; he never mentioned it. He just decided he wanted me.

For four months he came into the pharmacy where I worked almost every day. He would stand by the leaflets and watch me. He found my Instagram and commented on every photo, even ones from years ago. He sent a parcel to the pharmacy with a necklace and a letter saying we were "soulmates". When my manager asked him to leave, he started waiting at the bus stop across the road at closing time.

He never threatened me. But I could not carry on. I left my job in May and took a worse-paid one in another town. I deleted my Instagram account after eight years. I don't sit in the front window of cafés any more. I am always looking over my shoulder.""",
    spans=[
        ("REPETITION", "For four months"),
        ("STALK_TURN_UP", "came into the pharmacy where I worked almost every day"),
        ("STALK_WATCH", "He would stand by the leaflets and watch me"),
        ("STALK_MONITOR", "He found my Instagram and commented on every photo, even ones from years ago"),
        ("STALK_GIFTS", "sent a parcel to the pharmacy with a necklace and a letter"),
        ("FIXATION", 'saying we were "soulmates"'),
        ("STALK_LOITER", "he started waiting at the bus stop across the road at closing time"),
        ("SERIOUS_IMPACT", "I left my job in May and took a worse-paid one in another town"),
        ("SERIOUS_IMPACT", "I deleted my Instagram account after eight years"),
        ("DISTRESS", "I am always looking over my shoulder"),
    ],
)

case(
    38, "stalking", "CS",
    voice="call_log", case="upper", noise="typos", batch="yc",
    pattern="ex_partner_turns_up_at_work_threatens_twice_victim_not_scared", relationship="ex_partner", occasions=6,
    text="""\
CALLER [NAME] (F, 36) WANTS ADVICE ONLY. CALLER AND EX [NAME 2] BOTH FROM DUBLIN ORIGINALY, SPLIT 3 MONTHS AGO. HE KEEPS TURNING UP AT HER WORK (CARE HOME) - 4 TIMES SINCE JULY - AND TEXTING HER NEW FELLA'S MUM. TWICE SAID TO HER "ILL BATE THE HEAD OFF YOU IF I SEE YOU WITH HIM". CALLER LAUGHING ON PHONE, SAYS "HES ALL MOUTH, ID FLATTEN HIM, IM NOT A BIT SCARED OF HIM", JUST WANTS HIM TOLD TO STOP TURNING UP AT WORK AS ITS EMBARASSING HER IN FRONT OF THE MANAGER. ADVISED RE REPORTING. CALLER AGREED TO CRIME BEING RECORDED. NO CHILDREN. DASH DECLINED.""",
    spans=[
        ("STALK_TURN_UP", "HE KEEPS TURNING UP AT HER WORK (CARE HOME)"),
        ("REPETITION", "4 TIMES SINCE JULY"),
        ("STALK_CONTACT", "TEXTING HER NEW FELLA'S MUM"),
        ("REPETITION", "TWICE"),
        ("THREAT_VIOLENCE", "ILL BATE THE HEAD OFF YOU IF I SEE YOU WITH HIM"),
        ("DISTRESS", "ITS EMBARASSING HER IN FRONT OF THE MANAGER"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="yc",
    pattern="neighbour_cameras_vexatious_complaints_and_notes_against_hindu_family", relationship="neighbour", occasions=30,
    text="""\
Email from [HOUSING ASSOCIATION] ASB officer to PC Reid, 14 Nov:

Hi, as discussed. Mr and Mrs [NAME] (Hindu family, flat 2) have been subjected to the following by Mr [NAME 2] in flat 4 since they moved in in June:
- He has fitted two cameras on his balcony pointing directly at their front door and kitchen window. Our surveyor confirms neither covers his own property.
- He has made 19 complaints to us and 6 to Environmental Health about "stinking curry fumes" and "incense poisoning the building". EH have visited twice and found nothing.
- Notes pushed under their door: "Take your cow worship back to India", "We are a Christian building".
- Mrs [NAME] says he times leaving his flat to coincide with her going out, and walks a few steps behind her to the shop.
The family say they are not afraid of him and want to stay. We have issued him a warning letter. We'd support police action - the hostility to their religion is obvious from his own words. Regards, Sam""",
    spans=[
        ("STALK_MONITOR", "fitted two cameras on his balcony pointing directly at their front door and kitchen window"),
        ("STALK_ORDERS", "made 19 complaints to us and 6 to Environmental Health"),
        ("RACIAL_HOSTILITY", "stinking curry fumes"),
        ("RELIGIOUS_HOSTILITY", "incense poisoning the building"),
        ("STALK_CONTACT", "Notes pushed under their door"),
        ("RELIGIOUS_HOSTILITY", "Take your cow worship back to India"),
        ("RELIGIOUS_HOSTILITY", "We are a Christian building"),
        ("STALK_FOLLOW", "walks a few steps behind her to the shop"),
    ],
)

case(
    40, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="heavy", batch="yc",
    pattern="customer_disputes_valet_bill_threatens_car_wash_manager_nationality_irrelevant", relationship="customer", occasions=3,
    text="""\
1420 spoke w/ [NAME] (manager, albanian national) at hand car wash, old petrol stn, ring rd. says cust ([NAME 2], vrm on file) disputes £40 for valet, says scratch on bonnet done by staff. came back 3x since fri. fri: "ill smash this place up and you with it". sun: pushed [NAME] in chest, "pay for my car or ill put you in hospital". today sat on forecourt in his car revving for 20 min then left. [NAME] says he is scared of him, "he is crazy, he will hurt me". asked re any comments on nationality - "no, nothing, it is about the car only". insurance claim route explained. crime rec s.4 pha.""",
    spans=[
        ("REPETITION", "came back 3x since fri"),
        ("THREAT_VIOLENCE", "ill smash this place up and you with it"),
        ("UNWANTED", "pushed [NAME] in chest"),
        ("THREAT_VIOLENCE", "pay for my car or ill put you in hospital"),
        ("STALK_LOITER", "sat on forecourt in his car revving for 20 min"),
        ("FEAR_OF_VIOLENCE", "he is crazy, he will hurt me"),
    ],
)

case(
    41, "stalking", "CS",
    voice="updates", case="lower", noise="abbrev", batch="yc",
    pattern="discord_contact_fixated_new_accounts_after_blocks_heritage_field_only", relationship="online", occasions=30,
    text="""\
vic (19, somali heritage – noted on ethnicity field only, no hostility alleged) met susp on a gaming discord in jan, never met irl. she cut contact in march. since then: 9 new accounts created to follow her after each block, msgs every day "why r u ignoring me", "i know ur online i can see ur green dot", "ur mine whether u like it or not". has screenshotted her stories and sent them back to her w/ comments on what she was wearing. no threats. vic "annoyed and weirded out", not scared, no changes. susp believed to live in scotland. enqs w/ discord + insta.""",
    spans=[
        ("STALK_MONITOR", "9 new accounts created to follow her after each block"),
        ("STALK_CONTACT", "msgs every day"),
        ("STALK_MONITOR", "i know ur online i can see ur green dot"),
        ("FIXATION", "ur mine whether u like it or not"),
        ("STALK_MONITOR", "screenshotted her stories and sent them back to her"),
        ("DISTRESS", "annoyed and weirded out"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="mixed", noise="clean", batch="yc",
    pattern="resident_fixated_on_muslim_councillor_posts_follows_threatens", relationship="stranger", occasions=8,
    text="""\
Crime summary – Cllr [NAME] (IP), ward councillor, Muslim, wears hijab.

Background: IP was elected in May. SUSP [NAME 2], 52, is a local resident with no previous contact with her. From late May SUSP began posting about IP on X and on a local community Facebook page, almost daily. Posts describe her as "a jihadi plant in our town hall", "Sharia Sadia" and call for "patriots" to "remind her whose country this is". He has posted photographs of her taken outside the mosque on Fenwick Road and outside her children's primary school.

Occasions of note:
1. 14/06 – SUSP attended ward surgery at the library, sat at the back for the full two hours filming her, left without speaking.
2. 29/06 – IP received email to council account: "Your kind get what's coming. I'll be the one to give it to you." (sent from SUSP's known address, verified)
3. 08/07 – SUSP stood on the pavement opposite IP's home address for approx 45 mins; neighbour photographed him.
4. 21/07 – IP walking to mosque for Friday prayers; SUSP followed her for several hundred metres shouting "terrorist bitch", then "I told you, I'm coming for you, you're going to get hurt".

Impact: IP states she is frightened he will physically attack her, "especially because he knows where I pray and where my kids go to school". She has had CCTV fitted at home via the council's security scheme, no longer holds surgeries in person and her husband now does the school run.

Note: the mosque and school are mentioned because SUSP photographed her there; her faith is relevant because SUSP's own posts target it.""",
    spans=[
        ("STALK_PUBLISH", "began posting about IP on X and on a local community Facebook page, almost daily"),
        ("RELIGIOUS_HOSTILITY", "a jihadi plant in our town hall"),
        ("RELIGIOUS_HOSTILITY", "Sharia Sadia"),
        ("STALK_PUBLISH", "posted photographs of her taken outside the mosque on Fenwick Road"),
        ("STALK_WATCH", "sat at the back for the full two hours filming her"),
        ("STALK_CONTACT", "IP received email to council account"),
        ("RELIGIOUS_HOSTILITY", "Your kind get what's coming"),
        ("THREAT_VIOLENCE", "I'll be the one to give it to you"),
        ("STALK_LOITER", "stood on the pavement opposite IP's home address for approx 45 mins"),
        ("STALK_FOLLOW", "followed her for several hundred metres"),
        ("RELIGIOUS_HOSTILITY", "terrorist bitch"),
        ("THREAT_VIOLENCE", "I'm coming for you, you're going to get hurt"),
        ("FEAR_OF_VIOLENCE", "she is frightened he will physically attack her"),
        ("SERIOUS_IMPACT", "She has had CCTV fitted at home"),
        ("SERIOUS_IMPACT", "no longer holds surgeries in person"),
        ("SERIOUS_IMPACT", "her husband now does the school run"),
    ],
)

case(
    43, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="yc",
    pattern="ex_drives_past_threatens_new_partner_not_her_she_moves_away", relationship="ex_partner", occasions=10,
    text="""\
Me and Ryan split up at Easter. I met Tom in June. Since Ryan found out about Tom it's been non stop. He drives past my house most nights, I know the sound of his exhaust. He's messaged Tom on Facebook three times saying he's going to "cave his head in" and "find out where he drinks". Tom's not bothered, he's reported it himself. Ryan hasn't threatened me, he just sends me stuff like "you'll regret this" and "I still love you, you know that". I'm not scared he'll hurt me, I don't think he would, but I can't cope with him always being around. I've given up my tenancy and moved back to my mum's in Wellbeck so he doesn't know where I am, and I've come off all social media.""",
    spans=[
        ("STALK_WATCH", "He drives past my house most nights"),
        ("STALK_CONTACT", "he just sends me stuff like"),
        ("FIXATION", "I still love you, you know that"),
        ("DISTRESS", "I can't cope with him always being around"),
        ("SERIOUS_IMPACT", "I've given up my tenancy and moved back to my mum's in Wellbeck"),
        ("SERIOUS_IMPACT", "I've come off all social media"),
    ],
)

case(
    44, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="typos", batch="yc",
    pattern="refunded_customer_racist_reviews_and_dms_to_chinese_takeaway_owner", relationship="customer", occasions=8,
    text="""\
IP Mrs [NAME] owns the Golden Lotus takeaway, Station Parade. She is Chinese (Hong Kong). In early Aug a customer, [NAME 2], complained about a late delivery and was refunded. Since then he has: left four 1-star reviews on Google and JustEat under different names, each adressed to IP by first name, "May, you dirty ch*nk, how many cats went in this"; DMed the takeaway's Facebook page 3 times calling her a "virus spreading ching chong"; and on 30/08 commented under the takeaway's post "Dont eat at May's, she'll give you covid again". IP is upset and "ashamed to open the app" but business carrying on as normal, no threats, he has not come to the shop in person since the refund. Racially aggravated harassment. Enquirys to Google/Meta for account info.""",
    spans=[
        ("STALK_PUBLISH", "left four 1-star reviews on Google and JustEat under different names"),
        ("RACIAL_HOSTILITY", "May, you dirty ch*nk, how many cats went in this"),
        ("STALK_CONTACT", "DMed the takeaway's Facebook page 3 times"),
        ("RACIAL_HOSTILITY", "virus spreading ching chong"),
        ("RACIAL_HOSTILITY", "she'll give you covid again"),
        ("DISTRESS", '"ashamed to open the app"'),
    ],
)
