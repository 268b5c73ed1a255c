# ruff: noqa: E501
"""Hand-written narratives, writer vh: young people and education (schools, colleges, halls, apprentices, youth clubs)."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="vh",
    pattern="parent_bombards_class_teacher_with_abusive_emails_over_detentions", relationship="acquaintance", occasions=12,
    text="""\
CALLER IS MRS [NAME 1], YR 6 TEACHER AT HOLLYBANK PRIMARY. STATES PARENT OF A PUPIL IN HER CLASS (SUSP, DAD, KNOWN TO HER AS MR HASLAM) HAS SENT APPROX 40 EMAILS AND CLASS DOJO MSGS SINCE 12/03 ABOUT HIS SON BEING KEPT IN AT LUNCH. MSGS CALL HER USELESS, INCOMPETENT, 'SHOULDNT BE ALLOWED NEAR KIDS'. SENT 9 ON SAT NIGHT ALONE. HEAD HAS WRITTEN TO HIM TWICE ASKING HIM TO GO THROUGH THE OFFICE ONLY, HE IGNORES. NO THREATS. HAS NOT TURNED UP AT HER HOME, SHE DOESNT THINK HE KNOWS WHERE SHE LIVES. CALLER SAYS ITS 'HARASSMENT PURE AND SIMPLE', FEELS STRESSED, STILL IN WORK AS NORMAL. ADV RE HARASSMENT WARNING / ADV KEEP ALL MSGS. OIC TO CALL BACK. SCHOOL BUSINESS MANAGER ALSO ON CALL RE CCTV OF STAFF CAR PARK (UNRELATED VEHICLE DAMAGE, SEPARATE REF).""",
    spans=[
        ("STALK_CONTACT", "HAS SENT APPROX 40 EMAILS AND CLASS DOJO MSGS"),
        ("REPETITION", "SINCE 12/03"),
        ("STALK_CONTACT", "MSGS CALL HER USELESS, INCOMPETENT"),
        ("REPETITION", "SENT 9 ON SAT NIGHT ALONE"),
        ("UNWANTED", "HE IGNORES"),
        ("DISTRESS", "FEELS STRESSED"),
    ],
)

case(
    2, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="vh",
    pattern="ex_boyfriend_waits_outside_halls_and_watches_window_student_moves_out", relationship="ex_partner", occasions=6,
    text="""\
I am a second year student at Northgate University and until 3rd February I lived in Cavell Hall, block C. I was in a relationship with Jordan PRICE for about eight months; I ended it on 14 January over the phone because he was getting very possessive about who I sat with in seminars. Since then he has not accepted it. He messaged me on Instagram, WhatsApp and through my flatmate's Snapchat, sometimes thirty times in a night, saying he just wanted to talk and that I owed him that. I blocked him on everything.

On 22 January he was sat on the wall outside block C when I came back from the library at about 11pm. He said he'd been waiting "a couple of hours". On 27 January and again on 30 January my flatmate Ellie saw him in the laundry room across the courtyard, which looks straight at my window. He doesn't live in Cavell. On the 31st he left a bag with my hoodie and a letter in it on the handle of my door.

He has never threatened me. But I could not sleep there any more. I have moved out of halls and I am now staying on my aunt's sofa in Bramley, which is an hour on two buses, and I have switched my seminar group so I am not in the same building as him on Tuesdays. I am making this statement because I want it to stop.""",
    spans=[
        ("FIXATION", "he has not accepted it"),
        ("STALK_CONTACT", "He messaged me on Instagram, WhatsApp and through my flatmate's Snapchat"),
        ("REPETITION", "sometimes thirty times in a night"),
        ("STALK_LOITER", "he was sat on the wall outside block C"),
        ("REPETITION", "On 27 January and again on 30 January"),
        ("STALK_WATCH", "saw him in the laundry room across the courtyard, which looks straight at my window"),
        ("STALK_GIFTS", "he left a bag with my hoodie and a letter in it on the handle of my door"),
        ("DISTRESS", "I could not sleep there any more"),
        ("SERIOUS_IMPACT", "I have moved out of halls"),
        ("SERIOUS_IMPACT", "I have switched my seminar group"),
    ],
)

case(
    3, "no_offence", "",
    voice="crime_summary", case="lower", noise="typos", batch="vh",
    pattern="single_snapchat_threat_between_year_10_pupils", relationship="acquaintance", occasions=1,
    text="""\
summary: ip (14, yr 10 at castlebrook academy) recieved one snapchat from susp (15, same year) on 09/05 at approx 2140 saying 'ur getting banged tmrw at the gates watch'. ip showed mum who rang 101. ip was scared to go in next day. no previous messages, nothing since, ip and susp had fallen out over a girl in art. school aware and delt with it by restorative meeting. single msg only so no course of conduct. nfa crime, safeguarding referal done for both kids.""",
    spans=[
        ("THREAT_VIOLENCE", "ur getting banged tmrw at the gates watch"),
        ("FEAR_OF_VIOLENCE", "ip was scared to go in next day"),
    ],
)

case(
    4, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="updates", case="mixed", noise="abbrev", batch="vh",
    pattern="year_11_boys_racially_abuse_and_threaten_somali_pupil_on_walk_home", relationship="acquaintance", occasions=2,
    text="""\
UPDATE 1 – 11/10 1620 – PC 4471 HOLT
Spoke with VIC (Abdirahman, 13, Yr9 Millfield High) and mum at home address. VIC states two Yr11 boys, SUSP1 known as 'Kaz' and SUSP2 unknown, have been waiting at the cut-through by the Co-op on his way home. Weds 6/10 SUSP1 grabbed his bag strap & said 'f*** off back to Somalia you little African rat, next time I'll stab you up'. Fri 8/10 same two at same spot, SUSP1 called him a 'dirty Somali' and said 'told you, you're getting shanked'.
VIC visibly shaking when describing it. Says he's scared they will actually stab him and won't walk home alone now, mum collecting from school every day.

UPDATE 2 – 12/10 0915
School (DSL Mrs Ansari) confirms SUSP1 is Kasey DORAN Yr11. SUSP2 not yet identified. Safeguarding referral both sides. Race hate flag added to CAD.

UPDATE 3 – 14/10
Vol interview booked for DORAN + appropriate adult, Thurs 1600.""",
    spans=[
        ("STALK_LOITER", "have been waiting at the cut-through by the Co-op on his way home"),
        ("RACIAL_HOSTILITY", "f*** off back to Somalia you little African rat"),
        ("THREAT_VIOLENCE", "next time I'll stab you up"),
        ("REPETITION", "same two at same spot"),
        ("RACIAL_HOSTILITY", "called him a 'dirty Somali'"),
        ("THREAT_VIOLENCE", "told you, you're getting shanked"),
        ("FEAR_OF_VIOLENCE", "scared they will actually stab him"),
        ("SERIOUS_IMPACT", "won't walk home alone now, mum collecting from school every day"),
    ],
)

case(
    5, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="vh",
    pattern="ex_girlfriend_pleading_messages_and_turns_up_at_apprentice_college", relationship="ex_partner", occasions=5,
    text="""\
mon 3rd - 14 msgs from chloe this morning b4 i even got to site. all the same, 'please just talk to me', 'i cant do this without u', 'ill change i promise'. didnt reply like the college said.
tues - she rang 6 times on my dinner. left a vm crying.
wed - nothing. thought maybe thats it
thurs - she was at the college reception when i came in for block release, said shed come to give me my charger back. she didnt have a charger. my tutor dave walked me past her.
fri - new number, 'its me pls dont block this one'. blocked it.
its been like this since we split at new year. shes never threatened me or anything shes just not accepting its over. its doing my head in tbh""",
    spans=[
        ("STALK_CONTACT", "14 msgs from chloe this morning"),
        ("STALK_CONTACT", "she rang 6 times on my dinner"),
        ("STALK_TURN_UP", "she was at the college reception when i came in for block release"),
        ("STALK_CONTACT", "new number, 'its me pls dont block this one'"),
        ("REPETITION", "its been like this since we split at new year"),
        ("FIXATION", "shes just not accepting its over"),
        ("DISTRESS", "its doing my head in tbh"),
    ],
)

case(
    6, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="vh",
    pattern="student_fixated_on_muslim_lecturer_after_fail_posts_about_her_and_complains", relationship="acquaintance", occasions=20,
    text="""\
Crime summary – CRN [REDACTED]
Victim: Dr [NAME 1], lecturer in Economics, University of [LOCATION]. Suspect: [NAME 2], 20, final year student on V's module.
Following V marking S's dissertation proposal as a fail in November, S has become fixated on her. He has attended her office hours every week since, including weeks when he has no appointment, and stood outside her office door when she would not see him. He set up an X account '@[HANDLE]' which posts almost daily about V: photos of her taken in lectures, her teaching timetable, and comments such as 'hijabi fraud marking down British students' and 'send her back to whatever mosque she crawled out of'. He has tagged the university and V's department in over 60 posts. He has emailed V's Head of School 11 times demanding she be sacked because 'Islam and economics don't mix'.
V describes it as exhausting and humiliating but says she is not scared of him, has no concerns for her safety and is carrying on teaching as normal.
S arrested 03/02, interviewed, admits the account, says it is 'free speech'. Charging advice sought – s.2A PHA / s.32 CDA.""",
    spans=[
        ("FIXATION", "S has become fixated on her"),
        ("STALK_TURN_UP", "He has attended her office hours every week since"),
        ("STALK_LOITER", "stood outside her office door when she would not see him"),
        ("STALK_PUBLISH", "posts almost daily about V"),
        ("RELIGIOUS_HOSTILITY", "hijabi fraud marking down British students"),
        ("RELIGIOUS_HOSTILITY", "send her back to whatever mosque she crawled out of"),
        ("REPETITION", "in over 60 posts"),
        ("STALK_ORDERS", "He has emailed V's Head of School 11 times demanding she be sacked"),
        ("RELIGIOUS_HOSTILITY", "Islam and economics don't mix"),
        ("DISTRESS", "exhausting and humiliating"),
    ],
)

case(
    7, "harassment_fear_of_violence", "CF",
    voice="notebook", case="upper", noise="heavy", batch="vh",
    pattern="barred_teen_threatens_youth_worker_twice_at_club", relationship="acquaintance", occasions=2,
    text="""\
1930 HRS ATT RIVERSIDE YTH CLUB, ST MARKS RD. SPK W/ IP DEAN CARVER (YTH WKR, 41). STS SUSP TYLER (17) BARRED 2 WKS AGO 4 VAPING IN TOILETS + DAMGE TO POOL TABLE. 22/11 SUSP AT FRNT DOOR SHOUTD 'UR GETTIN DONE IN WHEN U LOCK UP'. TONITE 1915 SUSP BACK AT FIRE EXIT W/ 2 OTHRS, SAID 'SAID U WAS GETTIN DONE, TONITE OR NEXT WEEK'. IP STS HE IS GENUINELY WORRIED HE WILL BE JUMPED LOCKING UP ON HIS OWN. CCTV FIRE EXIT - CAM DOWN SINCE AUG. SUSP ADDR KNOWN, YOS WKR INFORMD. OFFR TO TRACE + ARREST.""",
    spans=[
        ("THREAT_VIOLENCE", "UR GETTIN DONE IN WHEN U LOCK UP"),
        ("REPETITION", "TONITE 1915 SUSP BACK"),
        ("THREAT_VIOLENCE", "SAID U WAS GETTIN DONE, TONITE OR NEXT WEEK"),
        ("FEAR_OF_VIOLENCE", "GENUINELY WORRIED HE WILL BE JUMPED LOCKING UP ON HIS OWN"),
    ],
)

case(
    8, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="dash_note", case="mixed", noise="abbrev", batch="vh",
    pattern="ex_boyfriend_follows_nursing_student_racist_threats_she_changes_routine", relationship="ex_partner", occasions=7,
    text="""\
DASH completed w/ IP (Amira, 19, 1st yr nursing). Ex-p SUSP Connor (20), rel 5 mths, ended by IP 02/04.
Q1 current injury – no. Q2 very frightened – YES, "I think he'll actually hurt me". Q3 afraid of further injury/violence – YES.
Since split SUSP has followed her from placement at the General to the bus stop x3 (IP saw him on the opposite pavement, then on the same bus). Has turned up at her halls twice. Snapchat msgs: 'paki slag ur nothing without me', 'ur lot are all the same', 'if I see u with him I'll break ur jaw'. 10/04 voice note 'I'm gonna f*** you up Amira'.
IP has since stopped going to the gym on campus and changed her placement shift pattern so she finishes in daylight.
Q stalking/harassment – YES, "he won't leave me alone". Risk: MEDIUM. MARAC N/A at present. Referral to uni wellbeing + IDVA.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "I think he'll actually hurt me"),
        ("STALK_FOLLOW", "has followed her from placement at the General to the bus stop x3"),
        ("STALK_TURN_UP", "Has turned up at her halls twice"),
        ("STALK_CONTACT", "Snapchat msgs"),
        ("RACIAL_HOSTILITY", "paki slag ur nothing without me"),
        ("RACIAL_HOSTILITY", "ur lot are all the same"),
        ("THREAT_VIOLENCE", "if I see u with him I'll break ur jaw"),
        ("THREAT_VIOLENCE", "I'm gonna f*** you up Amira"),
        ("SERIOUS_IMPACT", "stopped going to the gym on campus and changed her placement shift pattern"),
        ("UNWANTED", "he won't leave me alone"),
    ],
)

case(
    9, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="clean", batch="vh",
    pattern="resident_photographs_and_films_school_run_parent_over_parking_dispute", relationship="neighbour", occasions=5,
    text="""\
Supervisor review – Sgt 2290 Mallory

Reviewed. Complainant is a parent, Mrs Jade Whitlock, who does the school run to St Bede's Primary. Suspect is Graham Nuttall, 68, who lives on Orchard Close opposite the school gate. There is a long-running dispute about parents parking across his dropped kerb; he has complained to the council and the school several times over two years about parents in general.

Since January he has stood at his front window and photographed IP's car most mornings, and on four occasions he has come out and filmed her on his phone while shouting that she is 'an ignorant selfish woman' and that he is 'building a file'. IP says she feels intimidated and her kids keep asking why the man is filming them. She now parks on the next street.

My view: this is about the parking, not about her as a person – he did the same to two other parents last year – so I am not persuaded it is stalking. It is however repeated, aimed at IP and oppressive. Crime recorded as harassment (s.2). OIC to speak to Nuttall, consider a CPW, and ask the school to remind parents about the kerb.""",
    spans=[
        ("REPETITION", "Since January"),
        ("STALK_WATCH", "stood at his front window and photographed IP's car most mornings"),
        ("REPETITION", "on four occasions"),
        ("STALK_WATCH", "filmed her on his phone"),
        ("STALK_CONTACT", "shouting that she is 'an ignorant selfish woman'"),
        ("DISTRESS", "she feels intimidated"),
    ],
)

case(
    10, "no_offence", "",
    voice="result_note", case="lower", noise="abbrev", batch="vh",
    pattern="mutual_row_between_two_mums_in_class_whatsapp_group", relationship="acquaintance", occasions=1,
    text="""\
result: nfa. both parties (2 mums from the yr3 class whatsapp grp at fernhill primary) reported each other same eve 17/09 re a row over a birthday party invite. reviewed screenshots – both sent abuse, both called each other names ('absolute tramp', 'get a life u sad cow'), one of them left the grp then got re-added by a friend and it carried on. one exchange approx 40 mins, mutual. nothing before or since per both. no threats. advised re comms + block each other. head teacher emailed by one party – advised not a police matter. wa given to both.""",
    spans=[],
)

case(
    11, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="typos", batch="vh",
    pattern="technician_racially_abuses_polish_apprentice_at_garage", relationship="colleague", occasions=6,
    text="""\
My name is Tomasz Wojcik, I am 18 and I am a second year apprentice mechanic at Brindley Motors on the Eastfield estate. I have been there since September 2025. Since about March this year one of the technicians, Lee BRANNAN, has been making coments to me about me being Polish nearly every shift. He calls me 'Polish Pete' and 'the immigrant' in front of customers. He says things like 'go back to Warsaw and fix your own cars' and 'you lot come over here and take our jobs'. On 14th May he put a sign on my toolbox saying 'PROPERTY OF THE EU'. On 21 May when I asked him to stop he said 'stop crying you dirty Pole'. He also sends me voice notes on WhatsApp doing a Polish accent, I have kept 6 of these.

I told my supervisor Gary but he said its just banter. I am not scared of Lee, he is all mouth, but I dread going in. I have never said anything back to him. My college assessor Mrs Kaur knows about this as I told her at my review. I want it to stop and I dont want to loose my apprenticeship.""",
    spans=[
        ("REPETITION", "Since about March this year"),
        ("REPETITION", "nearly every shift"),
        ("RACIAL_HOSTILITY", "He calls me 'Polish Pete' and 'the immigrant' in front of customers"),
        ("RACIAL_HOSTILITY", "go back to Warsaw and fix your own cars"),
        ("RACIAL_HOSTILITY", "you lot come over here and take our jobs"),
        ("STALK_PROPERTY", "put a sign on my toolbox saying 'PROPERTY OF THE EU'"),
        ("RACIAL_HOSTILITY", "stop crying you dirty Pole"),
        ("STALK_CONTACT", "sends me voice notes on WhatsApp doing a Polish accent"),
        ("DISTRESS", "I dread going in"),
    ],
)

case(
    12, "stalking", "CS",
    voice="call_log", case="inconsistent", noise="abbrev", batch="vh",
    pattern="art_student_fixated_on_coursemate_gifts_following_pinterest_board", relationship="acquaintance", occasions=6,
    text="""\
caller: FEMALE, 19, student at Harcourt College of Art. REPORTS MALE ON HER COURSE (ASHLEY, surname unk) has 'a thing' for her since freshers. she turned him down in oct, told him clearly no. SINCE THEN: left flowers + a drawing of her in her studio space x3, waits by the print room when her timetable says she's in, followed her to the SU bar last thurs and sat 2 tables away all night. last wk found he'd made a pinterest board of pics of her work + her. caller says she's 'not scared, just sick of it', NO CHANGE TO HER ROUTINE. advised: report to uni + crime ref given.""",
    spans=[
        ("FIXATION", "has 'a thing' for her since freshers"),
        ("UNWANTED", "told him clearly no"),
        ("STALK_GIFTS", "left flowers + a drawing of her in her studio space x3"),
        ("STALK_LOITER", "waits by the print room when her timetable says she's in"),
        ("STALK_FOLLOW", "followed her to the SU bar last thurs"),
        ("STALK_WATCH", "sat 2 tables away all night"),
        ("STALK_PUBLISH", "made a pinterest board of pics of her work + her"),
        ("DISTRESS", "just sick of it"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="upper", noise="clean", batch="vh",
    pattern="pupil_sends_anonymous_threatening_instagram_dms_to_pe_teacher", relationship="online", occasions=9,
    text="""\
VICTIM IS A 29 YEAR OLD PE TEACHER AT ASHDOWN ACADEMY. BETWEEN 02/03 AND 16/03 SHE RECEIVED NINE INSTAGRAM DIRECT MESSAGES FROM AN ACCOUNT CALLED 'MISSRATCHED_EXPOSED'. THE FIRST, ON 02/03, READ 'WE KNOW WHAT CAR U DRIVE, UR DEAD AFTER SCHOOL'. ON 09/03 ANOTHER SAID 'KEEP GIVING DETENTIONS AND SEE WHAT HAPPENS, IM BRINGING A BLADE'. THE REST WERE INSULTS ABOUT HER WEIGHT. THE VICTIM STATES SHE IS FRIGHTENED THAT SHE WILL BE ATTACKED IN THE STAFF CAR PARK. ENQUIRIES WITH META TRACED THE ACCOUNT TO THE HOME ADDRESS OF A YEAR 10 PUPIL, SUSPECT AGED 15, WHO HAD BEEN REMOVED FROM HER LESSONS. INTERVIEWED WITH MOTHER PRESENT, ADMITS THE MESSAGES, SAYS IT WAS 'JUST A JOKE INNIT'. SCHOOL HAVE PERMANENTLY EXCLUDED. REFERRED TO YOT FOR OUT OF COURT DISPOSAL.""",
    spans=[
        ("REPETITION", "BETWEEN 02/03 AND 16/03"),
        ("STALK_CONTACT", "SHE RECEIVED NINE INSTAGRAM DIRECT MESSAGES"),
        ("THREAT_VIOLENCE", "UR DEAD AFTER SCHOOL"),
        ("THREAT_VIOLENCE", "IM BRINGING A BLADE"),
        ("STALK_CONTACT", "INSULTS ABOUT HER WEIGHT"),
        ("FEAR_OF_VIOLENCE", "SHE IS FRIGHTENED THAT SHE WILL BE ATTACKED IN THE STAFF CAR PARK"),
    ],
)

case(
    14, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="third_party", case="mixed", noise="clean", batch="vh",
    pattern="student_emails_racist_threats_to_lecturer_after_refused_mark_appeal", relationship="acquaintance", occasions=3,
    text="""\
Referral from Lowfield University Campus Safety, forwarded through the online reporting portal.

I'm the duty supervisor on the campus safety desk. On Monday 7 October Dr Sanjay Mehta, senior lecturer in Civil Engineering, came to the desk looking very shaken and showed me three emails that had arrived in his work inbox from the private Gmail of an MEng student of his, Callum Frost. Dr Mehta had turned down Frost's mark appeal on 29 September. Email one (30/9) called him a 'curry-munching p*** who only got hired to tick a diversity box'. Email two (2/10): 'your kind have no business lecturing in England. I'd keep looking over my shoulder in that car park if I were you'. Email three came at 2am on 6/10: 'pack up and fly home to Delhi while you still can, I know which office is yours'.

He said he was frightened Frost would come for him on campus. Since then our officers have escorted him to his car at the end of every day, his nameplate has been removed from office 3.14 and he now meets students in bookable rooms. Frost's card access is suspended pending disciplinary. Dr Mehta is happy for police to be involved. Car park CCTV has been retained.""",
    spans=[
        ("STALK_CONTACT", "three emails that had arrived in his work inbox"),
        ("RACIAL_HOSTILITY", "curry-munching p*** who only got hired to tick a diversity box"),
        ("RACIAL_HOSTILITY", "your kind have no business lecturing in England"),
        ("THREAT_VIOLENCE", "I'd keep looking over my shoulder in that car park if I were you"),
        ("RACIAL_HOSTILITY", "pack up and fly home to Delhi"),
        ("THREAT_VIOLENCE", "while you still can, I know which office is yours"),
        ("FEAR_OF_VIOLENCE", "He said he was frightened Frost would come for him on campus"),
        ("SERIOUS_IMPACT", "our officers have escorted him to his car at the end of every day"),
        ("SERIOUS_IMPACT", "his nameplate has been removed from office 3.14"),
    ],
)

case(
    15, "harassment", "C",
    voice="call_log", case="lower", noise="heavy", batch="vh",
    pattern="student_leaves_three_threatening_voicemails_in_minutes_victim_not_scared", relationship="acquaintance", occasions=3,
    text="""\
cllr male 20 uni stdnt. states classmate (susp) reported cllr for copying?? no sorry other way round - cllr reported susp for plagiarism, susp got a fail. tonite 2301, 2304, 2309 susp left 3 vm's on cllrs mob, 1st callin him a grass n a snake, 2nd 'ur gonna get ur face smashed in', 3rd 'proper smash ur face in, grass'. cllr laughin abt it, says hes 'not scared of that clown at all' jus wants it logged n wants him told. no prev. susp dets on file. pls arrange call bk""",
    spans=[
        ("REPETITION", "2301, 2304, 2309"),
        ("STALK_CONTACT", "susp left 3 vm's on cllrs mob"),
        ("STALK_CONTACT", "callin him a grass n a snake"),
        ("THREAT_VIOLENCE", "ur gonna get ur face smashed in"),
        ("THREAT_VIOLENCE", "proper smash ur face in, grass"),
    ],
)

case(
    16, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="vh",
    pattern="former_sixth_former_fixated_on_english_teacher_watches_house_she_is_signed_off", relationship="acquaintance", occasions=10,
    text="""\
Victim Personal Statement – Ms Rachel Gordon

I have taught English at Kingsmead School for eleven years. I taught Ethan in Year 12 and Year 13 and I wrote his UCAS reference. I want the court to understand what the last five months have been like.

It started with emails after he left in July: long ones, at first about books, then about me. He told me he had 'worked out' that we were meant to know each other outside school. I replied once, politely, to say that was not appropriate and asked him not to contact me again. He carried on, sometimes four or five emails a day, and when I blocked his address he used new ones.

Then he found my house. In September his car was parked across the road on three evenings in the same week. I saw him sitting in it, watching the front room. He posted a card through my door on my birthday, which I have never told any pupil. He has commented on my sister's Facebook photos of me. He left a poem he had written about me on my windscreen in the Tesco car park.

He has never threatened me and I do not think he wants to hurt me. But I have not been able to cope. I was signed off work by my GP from 14 October and I have not been back. I have had a video doorbell fitted and I keep the front curtains drawn all day. My partner drives me wherever I need to go. I feel like I am living in somebody else's house.

I am not angry with him. I just want it to end.""",
    spans=[
        ("STALK_CONTACT", "It started with emails after he left in July"),
        ("FIXATION", "he had 'worked out' that we were meant to know each other outside school"),
        ("UNWANTED", "asked him not to contact me again"),
        ("REPETITION", "sometimes four or five emails a day"),
        ("STALK_CONTACT", "when I blocked his address he used new ones"),
        ("ESCALATION", "Then he found my house"),
        ("STALK_LOITER", "his car was parked across the road on three evenings in the same week"),
        ("STALK_WATCH", "sitting in it, watching the front room"),
        ("STALK_GIFTS", "posted a card through my door on my birthday"),
        ("STALK_MONITOR", "commented on my sister's Facebook photos of me"),
        ("STALK_CONTACT", "left a poem he had written about me on my windscreen"),
        ("SERIOUS_IMPACT", "I was signed off work by my GP from 14 October"),
        ("SERIOUS_IMPACT", "I have had a video doorbell fitted"),
        ("SERIOUS_IMPACT", "My partner drives me wherever I need to go"),
        ("DISTRESS", "I feel like I am living in somebody else's house"),
    ],
)

case(
    17, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="vh",
    pattern="ex_boyfriend_racist_messages_and_turns_up_at_sixth_form_gates", relationship="ex_partner", occasions=4,
    text="""\
MO: SUSP (EX-P, 18) SINCE END OF 6 MTH REL HAS SENT IP (17) REPEATED SNAPCHAT & IG MSGS INC 'U THINK UR TOO GOOD 4 ME NOW U P*** B****', 'GO MARRY UR COUSIN THEN'. TURNED UP AT IP'S 6TH FORM GATES X2 (04/06, 06/06) ASKING HER TO 'JUST TALK'. IP ANNOYED NOT FRIGHTENED, ROUTINE UNCHANGED. RACE HATE FLAG.""",
    spans=[
        ("STALK_CONTACT", "REPEATED SNAPCHAT & IG MSGS"),
        ("RACIAL_HOSTILITY", "U THINK UR TOO GOOD 4 ME NOW U P*** B****"),
        ("RACIAL_HOSTILITY", "GO MARRY UR COUSIN THEN"),
        ("STALK_TURN_UP", "TURNED UP AT IP'S 6TH FORM GATES X2"),
        ("REPETITION", "04/06, 06/06"),
    ],
)

case(
    18, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="typos", batch="vh",
    pattern="flatmate_antisemitic_notes_and_remarks_to_jewish_student", relationship="neighbour", occasions=4,
    text="""\
12/02 – IP (Naomi, 20, 2nd yr History) attended front counter with a university housing officer. Reports flatmate (SUSP, Reece) in their shared flat at Denby Court making antisemitic remarks since she put a mezuzah on her door in Jan.
- 19/01 SUSP told her 'take that Jew thing off the door or Ill bin it'
- 26/01 note left on the fridge 'shekels for the electric bill pls, since ur lot love money'
- 03/02 in the kitchen in front of 2 others did a hook nose gesture and kept saying 'oy vey'
- 10/02 flat group chat msg 'someone tell the zionist to wash her pans'
IP says she is upset and angry and avoids the kitchen when hes in but she is not scared of him. Has not moved. Uni looking at moving SUSP not her.
Update 14/02: SUSP spoken to, denies the gesture, says notes were 'banter'. Advice to be sought re religously aggravated harassment.""",
    spans=[
        ("REPETITION", "since she put a mezuzah on her door in Jan"),
        ("RELIGIOUS_HOSTILITY", "take that Jew thing off the door or Ill bin it"),
        ("RELIGIOUS_HOSTILITY", "shekels for the electric bill pls, since ur lot love money"),
        ("RELIGIOUS_HOSTILITY", "did a hook nose gesture and kept saying 'oy vey'"),
        ("RELIGIOUS_HOSTILITY", "someone tell the zionist to wash her pans"),
        ("DISTRESS", "she is upset and angry"),
    ],
)

case(
    19, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="judgment", case="mixed", noise="clean", batch="vh",
    pattern="parent_obsessed_with_black_teacher_watches_follows_racist_messages_teacher_moves_school", relationship="acquaintance", occasions=12,
    text="""\
Sentencing remarks, Crown Court at [LOCATION] – R v Darren Leighton

Mr Leighton, you have pleaded guilty to racially aggravated stalking involving serious alarm or distress. I sentence you on the basis of the prosecution opening, which you accept.

Mr Samuel Adeyemi was your daughter's Year 5 teacher at Foxwood Primary. In the autumn of last year your daughter was moved down a reading group. From that moment you formed what can only be called an obsession with Mr Adeyemi. You stood at the school railings at the end of the day, every day for several weeks, not to collect your daughter, who was by then being collected by her grandmother, but to stare at him. You followed him on foot from the school to the railway station on at least three occasions. You found his home address and drove past it, photographing the house; those photographs were recovered from your phone along with a note of his car registration and the times he left for work.

You also wrote. The messages you sent to the school office, and later to Mr Adeyemi's personal Facebook account, were of the most unpleasant kind. You called him a 'monkey', you told him 'his sort' should not be allowed to teach white children, and you used a word about him I will not repeat in open court.

Mr Adeyemi's statement makes plain the effect on him. He did not feel safe walking to the station. Mid-year he took a post at a different school twenty miles away, leaving children he had taught for two years, and in February he and his wife moved house.

The racial aggravation is obvious and I increase the sentence to reflect it. You will go to prison for 14 months. A restraining order is made without limit of time.""",
    spans=[
        ("FIXATION", "formed what can only be called an obsession with Mr Adeyemi"),
        ("STALK_LOITER", "You stood at the school railings at the end of the day"),
        ("REPETITION", "every day for several weeks"),
        ("STALK_WATCH", "to stare at him"),
        ("STALK_FOLLOW", "You followed him on foot from the school to the railway station"),
        ("REPETITION", "on at least three occasions"),
        ("STALK_MONITOR", "drove past it, photographing the house"),
        ("STALK_MONITOR", "a note of his car registration and the times he left for work"),
        ("STALK_CONTACT", "later to Mr Adeyemi's personal Facebook account"),
        ("RACIAL_HOSTILITY", "You called him a 'monkey'"),
        ("RACIAL_HOSTILITY", "'his sort' should not be allowed to teach white children"),
        ("DISTRESS", "He did not feel safe walking to the station"),
        ("SERIOUS_IMPACT", "he took a post at a different school twenty miles away"),
        ("SERIOUS_IMPACT", "he and his wife moved house"),
    ],
)

case(
    20, "stalking", "CS",
    voice="notebook", case="lower", noise="abbrev", batch="vh",
    pattern="ex_boyfriend_daily_messages_turns_up_at_work_threatens_new_boyfriend_not_her", relationship="ex_partner", occasions=5,
    text="""\
1145 spoke to ip megan (18) at her mums re ex jake (19), split 3 wks ago.
- daily msgs since split, 'miss u', 'we r meant 2 be', 'jus tell me wot i did'
- turned up at her work (greggs, high st) on sat & again tues, bought nothing, stood at counter
- keeps viewing her ig stories from a 2nd acc after being blocked
- msgd her 'tell that kai hes getting his legs broke when i see him'
ip says jake wouldnt touch her, 'hes not like that with me', worried for kai not herself. no change to routine.
ex-p, stalking. kai to be seen re threat. crime x2""",
    spans=[
        ("STALK_CONTACT", "daily msgs since split"),
        ("STALK_TURN_UP", "turned up at her work (greggs, high st)"),
        ("REPETITION", "on sat & again tues"),
        ("STALK_MONITOR", "keeps viewing her ig stories from a 2nd acc after being blocked"),
    ],
)

case(
    21, "harassment_fear_of_violence", "CFD",
    voice="victim_diary", case="mixed", noise="typos", batch="vh",
    pattern="flatmate_threatens_student_over_cleaning_rota_she_moves_flat", relationship="neighbour", occasions=3,
    text="""\
Thurs 9 Nov
Sam went off at me again about the rota. I'd literally done the bins. He stood in the kitchen doorway so I couldnt get out and said 'do it again and I'll batter you, I mean it'. I went to my room and put the chair against the door.

Sat 11 Nov
Came back from my shift and my pans were in the bin with bleach poured on them. He was in the hall and said 'thats nothing, next time its you'.

Mon 13 Nov
Didn't go in the kitchen at all. Ate cereal in my room. Im honestly scared hes going to hit me, hes massive and hes always drinking.

Weds 15 Nov
Emailed accomodation. They've said I can move to a different flat in Harrow block on Friday. Told mum, she's driving down to help.

Fri 17 Nov
Moved. First proper sleep in a week.""",
    spans=[
        ("REPETITION", "went off at me again"),
        ("THREAT_VIOLENCE", "do it again and I'll batter you, I mean it"),
        ("FEAR_OF_VIOLENCE", "put the chair against the door"),
        ("STALK_PROPERTY", "my pans were in the bin with bleach poured on them"),
        ("THREAT_VIOLENCE", "thats nothing, next time its you"),
        ("FEAR_OF_VIOLENCE", "Im honestly scared hes going to hit me"),
        ("SERIOUS_IMPACT", "I can move to a different flat in Harrow block"),
    ],
)

case(
    22, "aggravated_harassment", "CRD",
    voice="result_note", case="upper", noise="redacted", batch="vh",
    pattern="parent_sends_racist_messages_to_black_teaching_assistant_who_leaves_school", relationship="acquaintance", occasions=7,
    text="""\
RESULT: CHARGED S.4A? NO - CHARGED RACIALLY AGGRAVATED HARASSMENT, S.2 PHA / S.32 CDA. SUSP [NAME 2], PARENT AT [SCHOOL], SENT IP [NAME 1] (TEACHING ASSISTANT) 7 FACEBOOK MESSENGER MSGS BETWEEN 01/09 AND 20/10 AFTER IP REPORTED SUSP'S SON FOR BITING ANOTHER CHILD. MSGS INC 'WHO LET A N***** NEAR MY KID' AND 'GO BACK TO THE JUNGLE'. NO THREATS. NO OTHER BEHAVIOUR, ALL ABOUT THE SON. IP HAS SINCE RESIGNED AND TAKEN A JOB AT ANOTHER SCHOOL IN [AREA]. BAILED TO MAGS [DATE].""",
    spans=[
        ("STALK_CONTACT", "SENT IP [NAME 1] (TEACHING ASSISTANT) 7 FACEBOOK MESSENGER MSGS"),
        ("REPETITION", "BETWEEN 01/09 AND 20/10"),
        ("RACIAL_HOSTILITY", "WHO LET A N***** NEAR MY KID"),
        ("RACIAL_HOSTILITY", "GO BACK TO THE JUNGLE"),
        ("SERIOUS_IMPACT", "IP HAS SINCE RESIGNED AND TAKEN A JOB AT ANOTHER SCHOOL"),
    ],
)

case(
    23, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="abbrev", batch="vh",
    pattern="school_gate_parent_threatens_irish_traveller_mum_twice_with_slurs", relationship="acquaintance", occasions=2,
    text="""\
Caller Bridget WARD, 34. Her kids attend St Columba's. States another parent, female, known to her as 'Stacey from the flats', has been targeting her since Sept. Mon 15/9 at the gate Stacey shouted 'p***y scum, lock your cars everyone' and said 'I'll drag you round this playground by your hair'. Today 0850 same gate Stacey came right up to her face, 'thieving gyppo, I told you, you're getting leathered'. Caller crying on phone, says she is terrified Stacey will go for her in front of the kids. Caller is from the Irish Traveller community. Head teacher witnessed today's. Unit to attend, P1. NB caller also asking about a parking ticket – advised council.""",
    spans=[
        ("REPETITION", "since Sept"),
        ("RACIAL_HOSTILITY", "p***y scum, lock your cars everyone"),
        ("THREAT_VIOLENCE", "I'll drag you round this playground by your hair"),
        ("RACIAL_HOSTILITY", "thieving gyppo"),
        ("THREAT_VIOLENCE", "I told you, you're getting leathered"),
        ("DISTRESS", "Caller crying on phone"),
        ("FEAR_OF_VIOLENCE", "she is terrified Stacey will go for her"),
    ],
)

case(
    24, "no_offence", "R",
    voice="notebook", case="upper", noise="typos", batch="vh",
    pattern="single_racist_slur_to_college_student_at_bus_station", relationship="stranger", occasions=1,
    text="""\
0815 BUS STN STAND C. IP (17, BLACK MALE, COLLEGE STUDENT) STS UNK WM 50S WALKED PAST, SAID 'MOVE YOUR BAG YOU BLACK B*****D' THEN GOT ON THE NO.12. NEVR SEEN HIM BEFORE. ONE OFF. IP UPSET. CCTV REQUESTD.""",
    spans=[
        ("RACIAL_HOSTILITY", "MOVE YOUR BAG YOU BLACK B*****D"),
        ("DISTRESS", "IP UPSET"),
    ],
)

case(
    25, "aggravated_stalking", "CSR",
    voice="crime_summary", case="lower", noise="clean", batch="vh",
    pattern="barred_youth_club_member_runs_racist_page_about_black_boxing_coach_and_false_complaints", relationship="online", occasions=10,
    text="""\
crime summary. the victim, marcus bellamy, 32, runs the saturday boxing sessions at hillside youth hub and keeps a public instagram for the club. since early march an account called 'hillside_truth' has followed every post on his personal and club pages and commented within minutes, usually a monkey emoji or 'ape in charge of kids'. the same person set up a facebook page titled 'keep marcus bellamy away from our children' which reposts his photos with captions calling him a thug and 'another one who should be deported'. on four occasions the council's youth services team has had anonymous complaints, traced to the same email address, alleging he sells drugs at the hub; each was looked into and found baseless. screenshots show the account knew which days he was working and when he took his daughter to school. the victim finds it draining and insulting and worries for his job, but says he is not frightened and his routine is unchanged. subscriber checks identify a former member of the hub, 19, barred in january for fighting. arrest planned.""",
    spans=[
        ("REPETITION", "since early march"),
        ("STALK_MONITOR", "has followed every post on his personal and club pages and commented within minutes"),
        ("RACIAL_HOSTILITY", "usually a monkey emoji or 'ape in charge of kids'"),
        ("STALK_PUBLISH", "set up a facebook page titled 'keep marcus bellamy away from our children'"),
        ("RACIAL_HOSTILITY", "another one who should be deported"),
        ("REPETITION", "on four occasions"),
        ("STALK_ORDERS", "the council's youth services team has had anonymous complaints"),
        ("STALK_MONITOR", "the account knew which days he was working and when he took his daughter to school"),
        ("DISTRESS", "draining and insulting"),
    ],
)

case(
    26, "stalking_fear_alarm_distress", "CSFD",
    voice="third_party", case="mixed", noise="typos", batch="vh",
    pattern="unknown_man_fixated_on_teen_tiktok_dancer_new_accounts_threats_she_stops_bus", relationship="online", occasions=8,
    text="""\
I'm writing this on behalf of my daughter Lily who is 16. She posts dance videos on TikTok and has about 12k followers. Since the summer holidays a man calling himself 'dan_dreamer88' has been messaging her. At first it was compliments which she ignored. Then he started making a new account every time she blocked him, we think there have been at least 9. He comments on every single video within seconds of her posting.

In October he commented 'nice uniform, Brookfield isnt it 😉' and then sent her a photo of the school sign. On 2 Nov he messaged 'block me again and ill come to Brookfield and sort you out myself'. On 10 Nov after she blocked him he sent 'told you. I know which bus you get. your gonna get hurt'.

Lily is absolutly terrified hes going to grab her. She has deleted her account, she wont get the bus anymore so me or her dad drive her both ways, and she hasnt been to her dance class since. School know and have put her on their safeguarding list. We have no idea who he is.""",
    spans=[
        ("STALK_CONTACT", "a man calling himself 'dan_dreamer88' has been messaging her"),
        ("FIXATION", "started making a new account every time she blocked him"),
        ("REPETITION", "at least 9"),
        ("STALK_MONITOR", "He comments on every single video within seconds of her posting"),
        ("STALK_MONITOR", "sent her a photo of the school sign"),
        ("THREAT_VIOLENCE", "ill come to Brookfield and sort you out myself"),
        ("STALK_MONITOR", "I know which bus you get"),
        ("THREAT_VIOLENCE", "your gonna get hurt"),
        ("FEAR_OF_VIOLENCE", "Lily is absolutly terrified hes going to grab her"),
        ("SERIOUS_IMPACT", "She has deleted her account"),
        ("SERIOUS_IMPACT", "she wont get the bus anymore"),
        ("SERIOUS_IMPACT", "she hasnt been to her dance class since"),
    ],
)

case(
    27, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean", batch="vh",
    pattern="coursemate_fixated_on_nigerian_postgrad_racist_threats_after_rejection_she_moves", relationship="acquaintance", occasions=8,
    text="""\
I am an international student from Lagos, Nigeria, studying for an MSc in Public Health at Westbury University. Until recently I lived in Kingfisher House.

Michael GRANT is on my course. In the first week of term he asked me out and I said no, I have a boyfriend at home. He did not accept this. He began sitting next to me in every lecture, even when I moved seats. He left chocolates and a card in my pigeonhole on three occasions. He followed me to the library and to the Nigerian Society events, which he is not a member of.

On 24 November I told him in front of my friend Chidinma to leave me alone. His behaviour changed then. That evening he messaged me: 'you Africans think you're better than everyone'. On 28 November he waited outside Kingfisher House and when I came out he said 'you people need teaching some respect, I'll teach you myself' and made a fist. On 1 December he messaged, 'I know your flat number, I'll show you what happens to monkeys who disrespect me'.

I am very frightened that he is going to attack me. I have moved out of Kingfisher House into a room with a friend's family in town, and I have stopped attending lectures in person; I watch the recordings. My supervisor knows.""",
    spans=[
        ("UNWANTED", "I said no"),
        ("FIXATION", "He did not accept this"),
        ("STALK_TURN_UP", "He began sitting next to me in every lecture, even when I moved seats"),
        ("STALK_GIFTS", "He left chocolates and a card in my pigeonhole"),
        ("REPETITION", "on three occasions"),
        ("STALK_FOLLOW", "He followed me to the library and to the Nigerian Society events"),
        ("ESCALATION", "His behaviour changed then"),
        ("RACIAL_HOSTILITY", "you Africans think you're better than everyone"),
        ("STALK_LOITER", "he waited outside Kingfisher House"),
        ("THREAT_VIOLENCE", "I'll teach you myself' and made a fist"),
        ("STALK_MONITOR", "I know your flat number"),
        ("THREAT_VIOLENCE", "I'll show you what happens to monkeys who disrespect me"),
        ("FEAR_OF_VIOLENCE", "I am very frightened that he is going to attack me"),
        ("SERIOUS_IMPACT", "I have moved out of Kingfisher House"),
        ("SERIOUS_IMPACT", "I have stopped attending lectures in person"),
    ],
)

case(
    28, "harassment", "CD",
    voice="third_party", case="mixed", noise="redacted", batch="vh",
    pattern="year_10_boys_homophobic_group_chat_abuse_pupil_stops_attending_school", relationship="acquaintance", occasions=7,
    text="""\
Safeguarding referral – from DSL, [SCHOOL], to MASH and police schools officer

Pupil A (Yr10, 15) disclosed to his form tutor on 04/03 that he has been getting abusive msgs from three boys in his year (Pupils B, C and D) since he came out to friends in Jan. Screenshots supplied by Pupil A's mum show a group chat called 'Y10 bants' where Pupil A was added and then targeted – 'f****t', 'batty boy', 'stay out the changing rooms we know why ur in there'. Also DMs from Pupil B on 5 separate dates in Feb, mostly slurs and vomit emojis. Pupil A left the chat and was re-added twice. No threats of violence seen. Nothing outside school or social media.

Impact: Pupil A has not attended school since 24/02. He is on a reduced timetable with work sent home. He has quit the football team. GP referral made for low mood.

School actions: B, C, D suspended 2 days, parents seen. Police asked to consider offences (homophobic hate incident). Mum wants police involvement.""",
    spans=[
        ("STALK_CONTACT", "getting abusive msgs from three boys in his year"),
        ("REPETITION", "since he came out to friends in Jan"),
        ("STALK_CONTACT", "Pupil A was added and then targeted"),
        ("STALK_CONTACT", "DMs from Pupil B on 5 separate dates in Feb"),
        ("UNWANTED", "was re-added twice"),
        ("SERIOUS_IMPACT", "has not attended school since 24/02"),
        ("SERIOUS_IMPACT", "He has quit the football team"),
        ("DISTRESS", "GP referral made for low mood"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="updates", case="lower", noise="typos", batch="vh",
    pattern="year_8_girls_islamophobic_whatsapp_messages_to_hijabi_classmate", relationship="acquaintance", occasions=5,
    text="""\
upd 1 (pc 3318) 19/06: spoke to ip's dad. ip (12, yr 8, greenway school) wears hijab. 3 girls in her form have been sending her msgs on whatsapp since easter calling her 'bomb girl', 'terrorist', 'isis barbie'. screenshots x14 on 5 diffrent days. 16/06 one sent a pic of a burning quran. ip is upset, crys at night but still going in to school. nothing said about hurting her.
upd 2 20/06: school confirm, all 3 girls identified. community resolution considerd but dad wants it recorded as hate crime. reclassified relig agg harassment.
upd 3 27/06: phones seized from 2, third girls mum refusing. ongoing.""",
    spans=[
        ("STALK_CONTACT", "sending her msgs on whatsapp since easter"),
        ("RELIGIOUS_HOSTILITY", "calling her 'bomb girl', 'terrorist', 'isis barbie'"),
        ("REPETITION", "screenshots x14 on 5 diffrent days"),
        ("RELIGIOUS_HOSTILITY", "sent a pic of a burning quran"),
        ("DISTRESS", "ip is upset, crys at night"),
    ],
)

case(
    30, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="clean", batch="vh",
    pattern="father_of_excluded_pupil_films_jewish_head_of_year_at_home_and_synagogue_posts_antisemitic_clips", relationship="acquaintance", occasions=8,
    text="""\
Supervisor's review, 14/01, A/Sgt Pearce.

I've read the file. IP is Mrs Leah Rosen, head of Year 7 at Oakfield High. Suspect Kevin Tolley's son was excluded in November and since then Tolley has made IP his project. He has parked outside her home on at least five occasions (doorbell clips), filmed her leaving for work, and turned up at the synagogue car park on a Saturday morning to film her going in. He posts the clips on a TikTok account called 'oakfield_exposed' with captions like 'the Jew who runs Oakfield' and 'follow the money, she's one of them'. He has also reported her to Ofsted and the LADO claiming she hits children – both closed as unfounded.

IP is remarkably robust: she finds him ridiculous, isn't frightened and isn't changing anything. I'm satisfied this is stalking rather than an argument about the exclusion – he has gone well beyond that and is focused on her personally, including her faith. Religiously aggravated. Crime to stay as recorded. OIC to arrest.""",
    spans=[
        ("FIXATION", "Tolley has made IP his project"),
        ("STALK_LOITER", "He has parked outside her home"),
        ("REPETITION", "on at least five occasions"),
        ("STALK_WATCH", "filmed her leaving for work"),
        ("STALK_TURN_UP", "turned up at the synagogue car park on a Saturday morning to film her going in"),
        ("STALK_PUBLISH", "He posts the clips on a TikTok account"),
        ("RELIGIOUS_HOSTILITY", "the Jew who runs Oakfield"),
        ("RELIGIOUS_HOSTILITY", "follow the money, she's one of them"),
        ("STALK_ORDERS", "reported her to Ofsted and the LADO claiming she hits children"),
    ],
)

case(
    31, "harassment_fear_of_violence", "CF",
    voice="statement", case="inconsistent", noise="typos", batch="vh",
    pattern="school_gate_dad_threatens_another_dad_twice_after_sons_fight", relationship="acquaintance", occasions=2,
    text="""\
I am making this statement about Lee CARTWRIGHT whose son is in my son's class at Park View Primary. On friday 6th june my son Alfie and his son had a scrap on the field at dinner. At pick up that day Lee came over to me at the gate and said 'your lad touches mine again and I'll knock you spark out in front of everyone'. I DIDNT SAY ANYTHING BACK, I just took Alfie home. On sunday 8th he sent me a facebook message 'meant what I said. see you monday at the gate pal, bring a gum shield'. I am a grown man but I AM SCARED OF HIM, he is a big lad and has a reputation round here for fighting. I genuinely think he will hit me at the school gate. I have not replied to his message. I have screenshotted it and the school have CCTV from the gate.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll knock you spark out in front of everyone"),
        ("STALK_CONTACT", "he sent me a facebook message"),
        ("THREAT_VIOLENCE", "meant what I said. see you monday at the gate pal, bring a gum shield"),
        ("FEAR_OF_VIOLENCE", "I AM SCARED OF HIM"),
        ("FEAR_OF_VIOLENCE", "I genuinely think he will hit me at the school gate"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="crime_summary", case="inconsistent", noise="typos", batch="vh",
    pattern="year_12_boys_threaten_sikh_student_with_cutting_hair_and_religious_abuse", relationship="acquaintance", occasions=2,
    text="""\
CRIME SUMMARY. IP is a 17 yr old Sikh male, year 13 at Norbury Sixth Form College. On Tues 3 Oct in the common room a group of 3 males from year 12 (SUSP 1 identifed as Ryan MOSS) pulled at IP's patka and MOSS said 'whats under the tea towel, Bin Laden, we're gonna cut it off and kick ur head in'. ON WEDS 11 OCT MOSS AND ONE OTHER FOLLOWED IP TO THE BUS STOP ON CROFT RD shouting 'towel head' and MOSS said 'told u we'd get u, scissors are in my bag'. IP states he is very scared they will assault him and cut his hair. He has since stopped using the common room and his brother now meets him at college and travels home with him. IP's father contacted the gurdwara committee who advised reporting. ENQUIRIES: college CCTV common room requested, bus stop cctv n/a. MOSS to be interviewd.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "pulled at IP's patka"),
        ("RELIGIOUS_HOSTILITY", "whats under the tea towel, Bin Laden"),
        ("THREAT_VIOLENCE", "we're gonna cut it off and kick ur head in"),
        ("STALK_FOLLOW", "FOLLOWED IP TO THE BUS STOP ON CROFT RD"),
        ("RELIGIOUS_HOSTILITY", "towel head"),
        ("THREAT_VIOLENCE", "told u we'd get u, scissors are in my bag"),
        ("FEAR_OF_VIOLENCE", "he is very scared they will assault him and cut his hair"),
        ("SERIOUS_IMPACT", "stopped using the common room and his brother now meets him at college"),
    ],
)

case(
    33, "stalking", "CS",
    voice="dash_note", case="lower", noise="abbrev", batch="vh",
    pattern="ex_boyfriend_tracks_snap_map_and_gets_mates_to_watch_her_at_sixth_form", relationship="ex_partner", occasions=6,
    text="""\
dash w/ ip (jess, 17), mum present. ex-bf kieran (18), rel 1 yr, ended by ip 3 wks ago. no violence in rel, no threats since. q: is the abuser constantly texting, calling, following, stalking or harassing? YES - says he "cant let go". has been checking her snap map location several times a day + screenshotting where she is, then msging 'why r u at tylers'. his mates deano & cal (yr 13, same sixth form) have been told to keep an eye on her - they sit near her in the library & send kieran pics of who shes with. kieran sent her 1 of those pics w/ 'seen u'. q: frightened? ip says no, more embarrassed + annoyed. doesnt want to change anything. risk STANDARD. advised turn off snap map (done). ip wants him spoken to only.""",
    spans=[
        ("FIXATION", "cant let go"),
        ("STALK_MONITOR", "checking her snap map location several times a day"),
        ("STALK_CONTACT", "msging 'why r u at tylers'"),
        ("STALK_WATCH", "his mates deano & cal (yr 13, same sixth form) have been told to keep an eye on her"),
        ("STALK_WATCH", "send kieran pics of who shes with"),
        ("STALK_CONTACT", "kieran sent her 1 of those pics w/ 'seen u'"),
        ("DISTRESS", "more embarrassed + annoyed"),
    ],
)

case(
    34, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="vps", case="mixed", noise="clean", batch="vh",
    pattern="teen_fixated_on_muslim_youth_worker_watches_her_mosque_islamophobic_messages_she_stops_attending", relationship="acquaintance", occasions=8,
    text="""\
Victim personal statement – Aisha Rahman (youth worker, Beacon Youth Project)

I have worked with young people for nine years and I have never had anything like this. Jayden is 17 and came to our Tuesday group. In April he told me he loved me. I explained kindly that I was staff, that it could never happen, and I moved him to my colleague's group.

He didn't stop. He found out where I pray and started turning up at the Masjid on Green Lane on Friday afternoons, standing across the road watching the women's entrance. He sent me Instagram messages almost every day. When I didn't answer they changed: 'you think you're too holy for me', 'take that rag off and you'd be nothing', 'your religion is a cult for paedos'. He drew a pig on the Project's noticeboard next to my name.

I am not scared he will hurt me. But I have stopped going to Friday prayers at my own mosque, which I have attended since I was a child, and I now go to one in a different town. I have asked to be taken off the evening rota. My faith is something that has been taken away from me by a boy I was trying to help, and I feel ashamed even writing that.""",
    spans=[
        ("FIXATION", "he told me he loved me"),
        ("UNWANTED", "He didn't stop"),
        ("STALK_TURN_UP", "started turning up at the Masjid on Green Lane on Friday afternoons"),
        ("STALK_WATCH", "standing across the road watching the women's entrance"),
        ("STALK_CONTACT", "He sent me Instagram messages almost every day"),
        ("RELIGIOUS_HOSTILITY", "take that rag off and you'd be nothing"),
        ("RELIGIOUS_HOSTILITY", "your religion is a cult for paedos"),
        ("RELIGIOUS_HOSTILITY", "He drew a pig on the Project's noticeboard next to my name"),
        ("SERIOUS_IMPACT", "I have stopped going to Friday prayers at my own mosque"),
        ("SERIOUS_IMPACT", "I have asked to be taken off the evening rota"),
        ("DISTRESS", "I feel ashamed even writing that"),
    ],
)

case(
    35, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="upper", noise="heavy", batch="vh",
    pattern="ex_boyfriend_outside_house_now_repeated_threats_to_17_year_old", relationship="ex_partner", occasions=5,
    text="""\
CLR FEMALE 17 V DISTRESSED. EX BF (SUSP, 18, LEFT 6TH FORM LAST YR) OUTSIDE HER HSE NOW IN BLK GOLF, BEEN THERE 20 MINS. SPLIT 2 MTHS AGO. SINCE THEN HE KEEPS TURNIN UP @ SCHL GATES + HER PART TIME JOB. SAT MSGD 'IF I CANT HAVE U NO1 WILL, UR GETTIN HURT'. LAST NITE MSGD AGAIN 'I MEANT IT'. CLR SAYS SHES PETRIFIED HE WILL HURT HER. MUM AT WRK. ADV LOCK DRS, STAY ON LINE. UNITS ASSGND G1.""",
    spans=[
        ("STALK_LOITER", "OUTSIDE HER HSE NOW IN BLK GOLF, BEEN THERE 20 MINS"),
        ("STALK_TURN_UP", "HE KEEPS TURNIN UP @ SCHL GATES + HER PART TIME JOB"),
        ("THREAT_VIOLENCE", "IF I CANT HAVE U NO1 WILL, UR GETTIN HURT"),
        ("REPETITION", "LAST NITE MSGD AGAIN"),
        ("THREAT_VIOLENCE", "I MEANT IT"),
        ("FEAR_OF_VIOLENCE", "SHES PETRIFIED HE WILL HURT HER"),
    ],
)

case(
    36, "aggravated_harassment", "CR",
    voice="mo_field", case="lower", noise="clean", batch="vh",
    pattern="schoolchildren_repeatedly_racially_abuse_chinese_takeaway_owner", relationship="stranger", occasions=6,
    text="""\
mo: 4-5 youths in harlow academy uniform, on at least 6 weekday afternoons in feb, stopped outside golden lotus takeaway shouting 'ching chong' and 'bat eater' at owner (58), pulling eyes. ip not afraid.""",
    spans=[
        ("REPETITION", "on at least 6 weekday afternoons in feb"),
        ("RACIAL_HOSTILITY", "shouting 'ching chong' and 'bat eater' at owner"),
        ("RACIAL_HOSTILITY", "pulling eyes"),
    ],
)

case(
    37, "no_offence", "",
    voice="supervisor_review", case="lower", noise="typos", batch="vh",
    pattern="ex_boyfriend_two_incidents_five_months_apart_with_reconciliation_between", relationship="ex_partner", occasions=2,
    text="""\
sup review. ip (19, 1st yr, lives in ravensworth halls) reported ex bf (20) for 'stalking'. reviewed. two incidents: 1) 14/10 after a row he followed her back from the SU and banged on her door, she called security, he left. 2) 22/03 he turned up at her flat drunk at 0200 wanting to talk, she didnt let him in, he went after 10 mins. in between, ip confirms they got back together early nov and were together til the start of march, went home to each others families at xmas etc. the 2 incidents are 5 mths apart with a reconcilliation between and arnt connected. no msgs or calls since 22/03. not a course of conduct. recorded as DA incident, risk std, ip given advice + uni wellbeing details. nfa.""",
    spans=[
        ("STALK_FOLLOW", "he followed her back from the SU and banged on her door"),
        ("STALK_TURN_UP", "he turned up at her flat drunk at 0200 wanting to talk"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="victim_diary", case="lower", noise="heavy", batch="vh",
    pattern="sixth_form_boy_fixated_on_romanian_classmate_racist_comments_after_rejection", relationship="acquaintance", occasions=7,
    text="""\
sun 4 may. andrei (bro) says i shud write it all down so here
- ryan from politics keeps waitin by my locker evry mornin since march, like evry single day
- he follows me 2 the canteen n sits where he can see me
- i said NO to prom like 3 times
- after i said no he started commentin on my insta 'gypsy princess lol', 'did u nick that top', 'romanian rat go beg at the lights'
- fri he sent a pic of my house from the street?? how does he even no where i live
- hes messaged bianca to ask where i go on sats
not scared of him hes a weirdo but its so embarassin evry1 sees the comments. mum says go to the head tmrw.""",
    spans=[
        ("STALK_LOITER", "keeps waitin by my locker evry mornin since march"),
        ("STALK_FOLLOW", "he follows me 2 the canteen n sits where he can see me"),
        ("UNWANTED", "i said NO to prom like 3 times"),
        ("RACIAL_HOSTILITY", "'gypsy princess lol', 'did u nick that top', 'romanian rat go beg at the lights'"),
        ("STALK_MONITOR", "he sent a pic of my house from the street"),
        ("STALK_MONITOR", "hes messaged bianca to ask where i go on sats"),
        ("DISTRESS", "its so embarassin evry1 sees the comments"),
    ],
)

case(
    39, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="upper", noise="typos", batch="vh",
    pattern="school_gate_dad_fixated_on_single_mum_waits_follows_leaves_gifts_she_changes_hours", relationship="acquaintance", occasions=8,
    text="""\
CRIME SUMMARY - IP IS A SINGLE MOTHER OF 2 WHOSE CHILDREN ATTEND WOODLANDS INFANTS. SUSP IS ANOTHER PARENT, MALE 40S, WHO SHE HAD SPOKEN TO A FEW TIMES AT PICK UP. IN SEPT SUSP ASKED IP OUT FOR A DRINK, SHE SAID NO. SINCE THEN SUSP WAITS FOR HER AT THE GATE EVERY MORNING AND AFTERNOON AND STANDS RIGHT NEXT TO HER. HE HAS FOLLOWED HER CAR HOME TWICE, ON 02/10 AND 09/10. HE LEFT PRESENTS FOR HER KIDS (LEGO, SWEETS) ON HER DOORSTEP WITH A NOTE 'FROM YOUR NEW DADDY X'. IP STATES HE HAS NEVER THREATENED HER BUT SHE FEELS SICK EVERY TIME SHE SEES HIM. SHE HAS NOW CHANGED HER WORK HOURS SO HER SISTER DOES BOTH SCHOOL RUNS AND SHE HAS NOT BEEN TO THE GATE SINCE 12/10. SUSP NO PREVIOUS. OIC RECOMENDS APPLYING FOR A STALKING PROTECTION ORDER.""",
    spans=[
        ("UNWANTED", "SHE SAID NO"),
        ("STALK_LOITER", "SUSP WAITS FOR HER AT THE GATE EVERY MORNING AND AFTERNOON"),
        ("STALK_FOLLOW", "HE HAS FOLLOWED HER CAR HOME TWICE"),
        ("REPETITION", "ON 02/10 AND 09/10"),
        ("STALK_GIFTS", "LEFT PRESENTS FOR HER KIDS (LEGO, SWEETS) ON HER DOORSTEP"),
        ("FIXATION", "FROM YOUR NEW DADDY X"),
        ("DISTRESS", "SHE FEELS SICK EVERY TIME SHE SEES HIM"),
        ("SERIOUS_IMPACT", "SHE HAS NOW CHANGED HER WORK HOURS SO HER SISTER DOES BOTH SCHOOL RUNS"),
    ],
)

case(
    40, "harassment", "C",
    voice="call_log", case="mixed", noise="clean", batch="vh",
    pattern="father_of_excluded_pupil_calls_and_emails_head_teacher_one_threat_no_fear", relationship="acquaintance", occasions=10,
    text="""\
Caller Mr Paul Henshaw, head teacher, Linthorpe Academy. Father of an excluded Y9 pupil (SUSP, Dale FIRTH) has phoned the school office 23 times since the exclusion on 3/3 and emailed daily, demanding a meeting and calling the head 'a jumped-up little Hitler'. On the 10/3 call FIRTH said 'you want to be careful walking to your car'. Caller took that as hot air and is not worried for his own safety; more concerned for the office staff taking the calls. Only emails since. Governors aware. Wants advice re harassment warning. OIC allocated.""",
    spans=[
        ("STALK_CONTACT", "has phoned the school office 23 times"),
        ("REPETITION", "since the exclusion on 3/3"),
        ("STALK_CONTACT", "emailed daily"),
        ("STALK_CONTACT", "calling the head 'a jumped-up little Hitler'"),
        ("THREAT_VIOLENCE", "you want to be careful walking to your car"),
    ],
)

case(
    41, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="updates", case="mixed", noise="abbrev", batch="vh",
    pattern="racist_threatening_notes_under_door_of_black_student_in_halls", relationship="neighbour", occasions=3,
    text="""\
UPDATE 01 – 07/11 2210 – PC 5120 RAYNER
Attended Brennan Court halls, block D flat 6. IP (Grace, 18, 1st yr Law) found a note pushed under her bedroom door on 03/11: 'no monkeys in block D. leave or get your head kicked in'. Second note 06/11 stuck to her door with chewing gum: 'last warning n*****, we know which room, you'll get hurt'. Tonight someone knocked x3 and ran off when she opened. IP says she is scared to leave her room and thinks whoever it is will attack her. Only 8 rooms on the corridor. Notes seized, exhibits GR/1 and GR/2.
UPDATE 02 – 08/11 0930
Accommodation manager – corridor CCTV exists, footage requested. IP moved by uni to a room in Lister block last night for now.
UPDATE 03 – 12/11
Print on GR/2 identified to a resident of flat 4 block D, M19. Arrest planned.""",
    spans=[
        ("RACIAL_HOSTILITY", "no monkeys in block D"),
        ("THREAT_VIOLENCE", "leave or get your head kicked in"),
        ("RACIAL_HOSTILITY", "last warning n*****"),
        ("THREAT_VIOLENCE", "we know which room, you'll get hurt"),
        ("FEAR_OF_VIOLENCE", "thinks whoever it is will attack her"),
        ("SERIOUS_IMPACT", "IP moved by uni to a room in Lister block"),
    ],
)

case(
    42, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="vh",
    pattern="site_joiner_repeatedly_threatens_17_year_old_apprentice", relationship="colleague", occasions=4,
    text="""\
I am 17 years old and I started as an apprentice joiner with Hallam Construction in September. I do four days on site and one day at Riverside College. The person I am making this statement about is Craig, I dont know his surname, he is a site joiner and about 40. He was put in charge of showing me the ropes.

From about the second week Craig started having a go at me. At first it was just calling me thick and slow, I thought thats just what site is like. But on 14 October I dropped a box of screws off the scaffold, nobody was underneath, and he grabbed the front of my hi-vis and said 'do that again and you're going off it after them'. I laughed because I didnt know what else to do.

On 21 October in the canteen cabin he said in front of the lads 'I'll put this lad through that wall before Christmas, watch'. Everyone laughed. On 29 October when I was late back from dinner because of the bus he came right up to me and said 'I'm going to f***ing batter you one day, I swear down'. He had a claw hammer in his hand when he said it.

I am honestly frightened of him. I think one day he is actually going to hurt me, espeshally up on the scaffold where nobody can see. I havent told my mum everything because she will go mad. I told my college tutor Mrs Oduya on 3 November and she said to go to the police. I still go in because I need to finish the apprenticeship. The site manager said he would have a word but Craig was there again this week same as always.""",
    spans=[
        ("STALK_CONTACT", "calling me thick and slow"),
        ("THREAT_VIOLENCE", "do that again and you're going off it after them"),
        ("THREAT_VIOLENCE", "I'll put this lad through that wall before Christmas, watch"),
        ("THREAT_VIOLENCE", "I'm going to f***ing batter you one day, I swear down"),
        ("ESCALATION", "He had a claw hammer in his hand when he said it"),
        ("FEAR_OF_VIOLENCE", "I am honestly frightened of him"),
        ("FEAR_OF_VIOLENCE", "I think one day he is actually going to hurt me"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="notebook", case="inconsistent", noise="abbrev", batch="vh",
    pattern="ex_boyfriend_tracks_jewish_sixth_former_via_app_antisemitic_posts_and_threats", relationship="ex_partner", occasions=6,
    text="""\
14/05 1600 IP Hannah (17) & dad @ stn. ex-bf Oliver (18), split at Easter.
- found OLIVER STILL LOGGED INTO HER LIFE360 after split, been tracking her. turned up @ her mates house 2x + @ the shul youth grp sat night
- made a private story 'jew bitch diaries' posting screenshots of her msgs + pics of her, captions 'greedy like all her lot', hitler memes w/ her face
- DM 09/05 'ur gonna end up in an oven where u belong'
- DM 12/05 'i know where ur at every second, one day ur getting hurt'
IP V SCARED HE'LL ATTACK HER, shaking throughout. Has NOT been back to school since 12/05, revising for A levels at home. dad has changed the locks.
phone seized (IP consent). relig agg stalking s.4A. arrest asap.""",
    spans=[
        ("STALK_MONITOR", "OLIVER STILL LOGGED INTO HER LIFE360 after split, been tracking her"),
        ("STALK_TURN_UP", "turned up @ her mates house 2x + @ the shul youth grp sat night"),
        ("STALK_PUBLISH", "made a private story 'jew bitch diaries' posting screenshots of her msgs + pics of her"),
        ("RELIGIOUS_HOSTILITY", "greedy like all her lot"),
        ("RELIGIOUS_HOSTILITY", "hitler memes w/ her face"),
        ("THREAT_VIOLENCE", "ur gonna end up in an oven where u belong"),
        ("STALK_MONITOR", "i know where ur at every second"),
        ("THREAT_VIOLENCE", "one day ur getting hurt"),
        ("FEAR_OF_VIOLENCE", "IP V SCARED HE'LL ATTACK HER"),
        ("SERIOUS_IMPACT", "Has NOT been back to school since 12/05"),
        ("SERIOUS_IMPACT", "dad has changed the locks"),
    ],
)

case(
    44, "stalking", "CS",
    voice="result_note", case="upper", noise="redacted", batch="vh",
    pattern="ex_partner_breaches_restraining_order_turning_up_at_halls_twice", relationship="ex_partner", occasions=2,
    text="""\
RESULT: [NAME 2] (20) CHARGED X2 BREACH OF RESTRAINING ORDER + STALKING. RO MADE 11/01 AT [COURT], NO CONTACT WITH EX-PARTNER [NAME 1] (19), NOT TO ATTEND [HALLS]. 03/02 SEEN BY SECURITY SITTING IN THE HALLS FOYER FOR 40 MINS. 09/02 IN THE QUEUE BEHIND IP AT THE HALLS CAFE, SAID 'I JUST NEED 5 MINS'. IP UPSET AND TEARFUL BUT STILL IN HALLS, STILL GOING TO LECTURES. REMANDED.""",
    spans=[
        ("STALK_LOITER", "SITTING IN THE HALLS FOYER FOR 40 MINS"),
        ("STALK_TURN_UP", "IN THE QUEUE BEHIND IP AT THE HALLS CAFE"),
        ("STALK_CONTACT", "I JUST NEED 5 MINS"),
        ("DISTRESS", "IP UPSET AND TEARFUL"),
    ],
)
