# ruff: noqa: E501
"""Hand-written narratives, writer se: people with a small public profile and those who fixate on or fall out with them."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="se",
    pattern="voter_fixates_on_ward_councillor_surgeries_cards_car_outside", relationship="stranger", occasions=6,
    text="""\
CALLER IS CLLR [NAME 1], WARD COUNCILLOR ASHMEAD EAST. STATES MALE KNOWN TO HER AS DESMOND PRIOR (50S) HAS ATTENDED EVERY ONE OF HER WARD SURGERIES SINCE JAN AT THE LIBRARY BUT NEVER RAISES ANY CASEWORK, JUST SITS AT BACK AND STARES. HAS LEFT 3X HANDMADE CARDS AT HER HOME ADDRESS (NOT PUBLISHED ANYWHERE) SIGNED 'YOUR BIGGEST SUPPORTER X'. LAST NIGHT APPROX 2140 SEEN SITTING IN CAR OPP HER HOUSE FOR ABOUT 40 MINS, DROVE OFF WHEN HUSBAND WENT OUT. AT SURGERY LAST MONTH SHE TOLD HIM TO CONTACT HER BY EMAIL ONLY AND HE SAID 'YOU DONT MEAN THAT'. NO THREATS. CALLER CALM, WANTS IT LOGGED + ADVICE. VRM PART ONLY - BLUE NISSAN. RV TO SNT, NOT ASB.""",
    spans=[
        ("STALK_TURN_UP", "HAS ATTENDED EVERY ONE OF HER WARD SURGERIES"),
        ("REPETITION", "SINCE JAN"),
        ("STALK_WATCH", "JUST SITS AT BACK AND STARES"),
        ("STALK_GIFTS", "HAS LEFT 3X HANDMADE CARDS AT HER HOME ADDRESS"),
        ("FIXATION", "SIGNED 'YOUR BIGGEST SUPPORTER X'"),
        ("STALK_LOITER", "SEEN SITTING IN CAR OPP HER HOUSE FOR ABOUT 40 MINS"),
        ("FIXATION", "HE SAID 'YOU DONT MEAN THAT'"),
    ],
)

case(
    2, "no_offence", "",
    voice="statement", case="mixed", noise="clean", batch="se",
    pattern="resident_threatens_parish_clerk_then_reconciles_one_rude_email_months_later", relationship="acquaintance", occasions=2,
    text="""\
I am the clerk to Little Fordham Parish Council and have been for six years. I know Graham OAKES as he rents one of the allotment plots the council manages. On the evening of 14th March after the parish meeting he came up to me in the village hall car park, very red in the face about the rent going up, and said "you want a slap, you do". I went home shaken. About a week later he knocked at the office, apologised properly and brought a box of chocolates for the staff. Since then we have been on good terms, he ran the tombola at the summer fete and I thought that was the end of it. On 19th November I received one email from him saying the minutes were "a load of rubbish written by an idiot". I have not replied. I do not want anything done to him, I just want it on record in case it starts again.""",
    spans=[
        ("THREAT_VIOLENCE", "said \"you want a slap, you do\""),
        ("DISTRESS", "I went home shaken"),
    ],
)

case(
    3, "harassment", "C",
    voice="crime_summary", case="mixed", noise="typos", batch="se",
    pattern="takeaway_owner_bombards_local_reporter_over_hygiene_story", relationship="business", occasions=16,
    text="""\
Victim is a reporter for the Wexbridge Mercury. On 2/5 the paper ran her article about a local takeaway getting a one star food higene rating. The owner of the takeaway, Suspect Kamal DEVLIN, has since sent 14 emails to her work adress over ten days calling her a "liar", a "hack" and "gutter trash" and demanding she retracts. He has also rang the newsdesk twice asking for her by name and shouting at the receptionist. Victim replied once on 4/5 telling him to go through the editor and that further emails would be reported. They continued. No threats, he has not been to the office or her home and nothing suggests any interest in her beyond the article. Victim says it is wearing and she dreads opening her inbox but she is carrying on as normal. Suspect to be spoken to re PHA warning.""",
    spans=[
        ("STALK_CONTACT", "has since sent 14 emails to her work adress"),
        ("REPETITION", "over ten days"),
        ("STALK_CONTACT", "calling her a \"liar\", a \"hack\" and \"gutter trash\""),
        ("STALK_CONTACT", "rang the newsdesk twice asking for her by name"),
        ("UNWANTED", "telling him to go through the editor and that further emails would be reported"),
        ("REPETITION", "They continued."),
        ("DISTRESS", "she dreads opening her inbox"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="abbrev", batch="se",
    pattern="quiz_team_captain_threatens_quizmaster_twice_over_disputed_answers", relationship="customer", occasions=2,
    text="""\
1910 att the plough, mill lane re quizmaster. ip darren hulme, runs thurs quiz. susp = lee (surname tbc, capt of team "quizteama aguilera"). 02/10 disputed ans re capital of australia, susp came to ip table at end, said "ill break your jaw in the car park". ip laughed it off at time. 09/10 lost again, susp stood over ip while packing up speakers and said "last warning mate, youll get it next week". ip states he now genuinely thinks susp will hit him, v nervous. landlord w1 heard 2nd comment. cctv bar only no audio. advised re 999.""",
    spans=[
        ("THREAT_VIOLENCE", "said \"ill break your jaw in the car park\""),
        ("THREAT_VIOLENCE", "said \"last warning mate, youll get it next week\""),
        ("FEAR_OF_VIOLENCE", "ip states he now genuinely thinks susp will hit him"),
        ("REPETITION", "09/10 lost again"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="se",
    pattern="viewer_finds_local_history_vlogger_address_turns_up_she_moves_out", relationship="online", occasions=5,
    text="""\
I make short videos about local history, walks round old mills and canals, and I have about four thousand subscribers. I never thought of myself as someone anyone would recognise. A man who calls himself "CanalKnight" started commenting on everything last summer. He worked out where I live from the background of one clip and in October he was standing at my front gate when I came back from work. He said he had brought me a book on lock-keepers. I told him I did not want contact and went inside. Two weeks later there was a bunch of flowers on my doorstep with a note saying "we have so much in common". After that he started posting under my live streams saying which street I was on before I had said where I was.

He has never threatened me. But I have stopped doing live videos altogether, I have moved back in with my parents in Hartwell and I have paid to have my address taken off the electoral register. I check the street before I leave the house every morning. Something I loved doing has become something I dread.""",
    spans=[
        ("FIXATION", "started commenting on everything last summer"),
        ("STALK_MONITOR", "He worked out where I live from the background of one clip"),
        ("STALK_TURN_UP", "he was standing at my front gate when I came back from work"),
        ("UNWANTED", "I told him I did not want contact"),
        ("STALK_GIFTS", "a bunch of flowers on my doorstep with a note saying \"we have so much in common\""),
        ("STALK_MONITOR", "posting under my live streams saying which street I was on"),
        ("SERIOUS_IMPACT", "I have stopped doing live videos altogether"),
        ("SERIOUS_IMPACT", "I have moved back in with my parents in Hartwell"),
        ("DISTRESS", "Something I loved doing has become something I dread."),
    ],
)

case(
    6, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="redacted", batch="se",
    pattern="resident_sends_racist_emails_to_councillor_over_planning_refusal", relationship="stranger", occasions=4,
    text="""\
UPDATE 1 - 11/04 PC [XXXX]: Spoke to Cllr [NAME 1] by phone. Since the refusal of the [ADDRESS] application at committee on 28/03 she has had four emails from the applicant, [NAME 2]. All to her council address. Copies obtained.
UPDATE 2 - 12/04: Reviewed emails. First two complain about the decision and call her "useless". Third (03/04) says "go back to Pakistan and run your corrupt little council there". Fourth (08/04) calls her a "p*** who thinks she owns the town" and says people "like her" should not be allowed to stand. No threats of violence. No contact with her home.
UPDATE 3 - 15/04: IP does not want to stop doing surgeries, says she has had worse, but wants him dealt with. Suspect is a business owner with no previous. Interview to be arranged. Hate crime flag added.""",
    spans=[
        ("STALK_CONTACT", "she has had four emails from the applicant"),
        ("STALK_CONTACT", "call her \"useless\""),
        ("RACIAL_HOSTILITY", "says \"go back to Pakistan and run your corrupt little council there\""),
        ("RACIAL_HOSTILITY", "calls her a \"p*** who thinks she owns the town\""),
        ("RACIAL_HOSTILITY", "people \"like her\" should not be allowed to stand"),
    ],
)

case(
    7, "aggravated_harassment_fear_of_violence", "CFR",
    voice="supervisor_review", case="mixed", noise="clean", batch="se",
    pattern="expelled_choir_member_sends_antisemitic_threats_to_choir_director", relationship="acquaintance", occasions=2,
    text="""\
Supervisor review, DS Marsh. I have read the file. The victim directs the St Aldhelm Community Choir and is Jewish, which is well known locally as the choir sings at the synagogue every Hanukkah. The suspect, Ronald Cheever, was asked to leave the choir in January after arguments with other members. On 6 February a handwritten letter was pushed through the victim's door reading "your sort have taken over everything, Jews like you should be burnt out". On 20 February a voicemail was left on her mobile from a withheld number, voice recognised by her as Cheever, saying "I know where you rehearse on Tuesdays and you'll get what is coming to you" and ending "dirty Jew". She told the OIC she is frightened he will attack her at rehearsal or at home. Two threats, separate occasions, clear religious hostility, fear on both. I agree this is correctly recorded as racially or religiously aggravated s.4 PHA. Letter to forensics for prints. Arrest plan to be agreed.""",
    spans=[
        ("STALK_CONTACT", "a handwritten letter was pushed through the victim's door"),
        ("RELIGIOUS_HOSTILITY", "\"your sort have taken over everything"),
        ("THREAT_VIOLENCE", "Jews like you should be burnt out"),
        ("THREAT_VIOLENCE", "you'll get what is coming to you"),
        ("RELIGIOUS_HOSTILITY", "ending \"dirty Jew\""),
        ("FEAR_OF_VIOLENCE", "She told the OIC she is frightened he will attack her at rehearsal or at home"),
    ],
)

case(
    8, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="typos", batch="se",
    pattern="man_follows_black_court_reporter_posts_about_him_racist_abuse", relationship="stranger", occasions=5,
    text="""\
Report made by news editor of the Carnforth Herald on behalf of his staff member, court reporter Joel ASANTE. Mr Asante covered the trial of the suspects brother in August. Since then the suspect Wayne PILLING has sat in the public gallery at magistrates on at least four diffrent days when Joel was there, even on cases nothing to do with his family, and has followed him to the bus station afterwards. Pilling runs a facebook page which has put up photos of Joel leaving court with captions like "this is the monkey who writes lies about decent families" and "watch out for this one round town". On 3 Oct outside court Pilling walked alongside him and called him a "black c***" and said "I'll always know where you are". Joel says he isn't scared of him and he has not changed anything he does but the editor is worried and wants it on record.""",
    spans=[
        ("STALK_TURN_UP", "has sat in the public gallery at magistrates on at least four diffrent days when Joel was there"),
        ("FIXATION", "even on cases nothing to do with his family"),
        ("STALK_FOLLOW", "has followed him to the bus station afterwards"),
        ("STALK_PUBLISH", "has put up photos of Joel leaving court"),
        ("RACIAL_HOSTILITY", "\"this is the monkey who writes lies about decent families\""),
        ("STALK_FOLLOW", "Pilling walked alongside him"),
        ("RACIAL_HOSTILITY", "called him a \"black c***\""),
        ("STALK_MONITOR", "\"I'll always know where you are\""),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="mo_field", case="upper", noise="heavy", batch="se",
    pattern="pub_regular_fixates_on_polish_quiz_host_follows_home_xenophobic_abuse_she_quits", relationship="customer", occasions=6,
    text="""\
MO: SUSP REGULAR AT RED LION QUIZ NITE, FIXATED ON VIC (QUIZ HOST, POLISH NATL). ASKED HER OUT X3 OVR 6 WKS, REFUSED EACH TIME. AFTR 3RD REFUSAL FOLLWD VIC ON FOOT TO HER FLAT (APPROX 0.8 MILE) 2 X SEPERATE WEDS NITES. MSGS TO VIC VIA PUB FB PAGE "U POLISH SLAGS ARE ALL THE SAME, COME HERE TAKE OUR JOBS THEN THINK UR TOO GOOD". SEEN STOOD ACROSS RD FRM FLAT SAT AM. NO DIRECT THRTS. VIC HAS GIVEN UP QUIZ JOB + NOW GETS TAXI HOME FRM OTHER WORK EVRY NITE. VIC TEARFUL THRUOUT.""",
    spans=[
        ("FIXATION", "FIXATED ON VIC"),
        ("UNWANTED", "ASKED HER OUT X3 OVR 6 WKS, REFUSED EACH TIME"),
        ("STALK_FOLLOW", "FOLLWD VIC ON FOOT TO HER FLAT"),
        ("REPETITION", "2 X SEPERATE WEDS NITES"),
        ("STALK_CONTACT", "MSGS TO VIC VIA PUB FB PAGE"),
        ("RACIAL_HOSTILITY", "\"U POLISH SLAGS ARE ALL THE SAME, COME HERE TAKE OUR JOBS THEN THINK UR TOO GOOD\""),
        ("STALK_LOITER", "SEEN STOOD ACROSS RD FRM FLAT SAT AM"),
        ("SERIOUS_IMPACT", "VIC HAS GIVEN UP QUIZ JOB"),
        ("SERIOUS_IMPACT", "NOW GETS TAXI HOME FRM OTHER WORK EVRY NITE"),
        ("DISTRESS", "VIC TEARFUL THRUOUT"),
    ],
)

case(
    10, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="se",
    pattern="ex_partner_of_parish_clerk_sends_pleading_messages_no_threats", relationship="ex_partner", occasions=7,
    text="""\
mon 3rd - split with steve sat. 11 texts today, all "please just talk to me", "i cant do this without you". didnt reply.
tues 4th - rang 6 times while i was taking minutes at the parish council, had to put phone in my bag. voicemail crying.
weds 5th - card thru door, "remember kefalonia". not angry, just sad all the time.
fri 7th - he messaged my sister asking if i was ok and could she get me to ring him.
sat 8th - emails to the parish clerk account now, not my personal one. "i will wait as long as it takes".
sun 9th - texts again, 4 before 8am.
he has never threatend me and honestly i dont think he would. i just want it to stop. going to ring 101 tomorow.""",
    spans=[
        ("STALK_CONTACT", "11 texts today"),
        ("UNWANTED", "didnt reply"),
        ("STALK_CONTACT", "rang 6 times while i was taking minutes"),
        ("STALK_CONTACT", "card thru door"),
        ("STALK_CONTACT", "he messaged my sister asking if i was ok"),
        ("STALK_CONTACT", "emails to the parish clerk account now"),
        ("FIXATION", "\"i will wait as long as it takes\""),
        ("REPETITION", "texts again, 4 before 8am"),
    ],
)

case(
    11, "harassment", "C",
    voice="result_note", case="mixed", noise="abbrev", batch="se",
    pattern="neighbour_photographs_councillor_extension_in_planning_dispute", relationship="neighbour", occasions=5,
    text="""\
RESULT: Words of advice given to SUSP (Mrs P. Granger, 14 Orchard Rise). IP is Cllr T. Whitlock, next door at No.16. Dispute over IP's rear extension which SUSP says breaches the approved plans (matter with planning enforcement). Over approx 3 wks SUSP has been photographing the extension and IP's builders from her upstairs window daily, has filmed IP on her phone when he goes in the garden, and put a post on the Orchard Rise residents FB group headed "councillor thinks rules don't apply to him" with pics of the build. Nothing personal about IP beyond the extension, no interest in where he goes otherwise. IP finds it intrusive. Advised SUSP to leave it to enforcement, stop filming IP. SUSP accepted. NFA at this time, PHA not pursued, IP content.""",
    spans=[
        ("REPETITION", "Over approx 3 wks"),
        ("STALK_WATCH", "photographing the extension and IP's builders from her upstairs window daily"),
        ("STALK_WATCH", "has filmed IP on her phone when he goes in the garden"),
        ("STALK_PUBLISH", "put a post on the Orchard Rise residents FB group"),
        ("DISTRESS", "IP finds it intrusive"),
    ],
)

case(
    12, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="se",
    pattern="two_town_councillors_trade_insults_online_and_at_meeting", relationship="colleague", occasions=3,
    text="""\
Reported as harassment by Cllr Sandra Pyke against fellow Thornley Town Councillor Mick Harrow. Both sit on the finance committee and have fallen out over the budget for the Christmas lights. Screenshots supplied show an exchange on the "Thornley Matters" Facebook group over two evenings in which Cllr Pyke calls Cllr Harrow "a dinosaur who can't read a spreadsheet" and he replies calling her "a jumped-up busybody"; she then posts that he should "do the town a favour and retire", and he answers in kind. At the committee meeting on 9th December they argued across the table and the chair adjourned for ten minutes. Cllr Harrow has since made his own complaint about Cllr Pyke to the monitoring officer. No threats, no contact outside council business or the group. This is a two-sided political row between equals and a matter for the council's code of conduct process. No crime.""",
    spans=[],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="call_log", case="inconsistent", noise="abbrev", batch="se",
    pattern="angry_reader_leaves_three_threatening_voicemails_within_minutes_to_reporter", relationship="stranger", occasions=3,
    text="""\
1132 CALLER Priya NAIR, reporter Elmstead Gazette. States this morning between 0914 and 0922 she received THREE voicemails on her work mobile from the same number, male, angry about her piece on the closure of the Fernhill bowls club. VM1 "you've ruined that club, I'm going to find you and smash your face in". VM2 approx 3 mins later "I mean it, you'll be in hospital". VM3 "don't think I won't, I know you drive the red Fiesta". Caller has played them to call handler, v shaky on the phone, says she is scared to go to the car park. Number is a landline - Fernhill area per caller. No prev contact known. Grade 2. Unit to attend + VMs to be saved.""",
    spans=[
        ("REPETITION", "between 0914 and 0922 she received THREE voicemails"),
        ("THREAT_VIOLENCE", "\"you've ruined that club, I'm going to find you and smash your face in\""),
        ("THREAT_VIOLENCE", "\"I mean it, you'll be in hospital\""),
        ("THREAT_VIOLENCE", "\"don't think I won't, I know you drive the red Fiesta\""),
        ("FEAR_OF_VIOLENCE", "says she is scared to go to the car park"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSF",
    voice="statement", case="mixed", noise="typos", batch="se",
    pattern="rejected_tenor_fixates_on_choir_leader_waits_after_rehearsal_repeated_threats", relationship="acquaintance", occasions=5,
    text="""\
I run the Brockfield Singers, a community choir of about thirty people who meet in the Methodist hall on Monday nights. Kevin TULLY joined as a tenor in the spring. In June he asked me out for a drink and I said no politely, I am married and I dont mix that with the choir. He would not accept it. He started waiting by my car after every rehearsal, sometimes for half an hour after everyone had gone, and sending me long messages about how we were "meant to be". In August I asked him to leave the choir. On 21st August he was waiting by the car again and said "if I cant have you nobody in that choir will, I'll make sure of it, you'll see what I can do". On 4th September I got a message "you've made a big mistake, watch your back". I am frightened he is going to hurt me. My husband now comes to every rehearsal and we go out together.""",
    spans=[
        ("UNWANTED", "I said no politely"),
        ("FIXATION", "He would not accept it."),
        ("STALK_LOITER", "started waiting by my car after every rehearsal"),
        ("STALK_CONTACT", "sending me long messages about how we were \"meant to be\""),
        ("STALK_LOITER", "he was waiting by the car again"),
        ("THREAT_VIOLENCE", "\"if I cant have you nobody in that choir will, I'll make sure of it, you'll see what I can do\""),
        ("THREAT_VIOLENCE", "\"you've made a big mistake, watch your back\""),
        ("FEAR_OF_VIOLENCE", "I am frightened he is going to hurt me."),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="notebook", case="lower", noise="heavy", batch="se",
    pattern="resident_sends_anti_sikh_letters_to_parish_clerk_over_hedge_complaint", relationship="stranger", occasions=3,
    text="""\
1415 hrs parish off, church st. ip = mr h. singh, parish clrk. rcvd 3 ltrs ovr 2 wks re overgrwn hedge complaint agnst susp (r. bayliss, no fixed link to ip othrwise). ltr 1 abt hedge only, rude. ltr 2 "tell ur turban wearing mates on the council to keep out of my garden". ltr 3 "no place for sikh rubbish running an english village". no thrts. ip not scared, angry. ltrs seized exh RB/1-3.""",
    spans=[
        ("STALK_CONTACT", "rcvd 3 ltrs ovr 2 wks"),
        ("RELIGIOUS_HOSTILITY", "\"tell ur turban wearing mates on the council to keep out of my garden\""),
        ("RELIGIOUS_HOSTILITY", "\"no place for sikh rubbish running an english village\""),
    ],
)

case(
    16, "harassment", "C",
    voice="updates", case="mixed", noise="typos", batch="se",
    pattern="resident_sends_homophobic_emails_to_councillor_about_bins_one_threat", relationship="stranger", occasions=6,
    text="""\
12/01 1040 - IP Cllr Adam Fenwick (cabinet member for waste) reports resident Trevor Lyle has emailed him six times since Christmas about missed bin collections on Gorse Lane. Emails abusive - calls IP a "useless poof", "bent waste of space" and says the council is "run by queers".
12/01 1500 - Emails reviewed. One on 7/01 says "keep ignoring me and I'll come down the town hall and sort you out myself". Only threat in the run. IP says he is not worried about that, Lyle is "all mouth", it is the constant abuse he wants stopped. No visits to IP, no contact outside the bins issue.
13/01 0900 - Note homophobic content - hate incident flag (sexual orientation). Not a racial/religious aggravation. PHA s.2.
14/01 - Suspect to be interviewed VA.""",
    spans=[
        ("STALK_CONTACT", "has emailed him six times since Christmas"),
        ("STALK_CONTACT", "calls IP a \"useless poof\", \"bent waste of space\""),
        ("THREAT_VIOLENCE", "\"keep ignoring me and I'll come down the town hall and sort you out myself\""),
    ],
)

case(
    17, "stalking", "CS",
    voice="result_note", case="upper", noise="abbrev", batch="se",
    pattern="man_under_restraining_order_turns_up_at_quizmasters_quiz_nights", relationship="acquaintance", occasions=2,
    text="""\
RESULT - SUSP CHARGED BREACH OF RO X2 + S.2A PHA. BACKGROUND: SUSP GARY NOONE SUBJECT TO RO (CHORLEY MC, MAR 23) NOT TO CONTACT IP OR ATTEND ANY EVENT SHE HOSTS, FOLLOWING PREV STALKING CONVICTION WHERE HE BECAME OBSESSED WITH IP AFTER SHE RAN A QUIZ AT HIS WORK XMAS DO. 15/08 SUSP ATTENDED THE COACH HOUSE QUIZ HOSTED BY IP, SAT WITH A TEAM, DID NOT SPEAK TO HER. 22/08 ATTENDED AGAIN, THIS TIME HANDED IN ANSWER SHEET WITH TEAM NAME "STILL WAITING FOR YOU". IP LEFT EARLY, DISTRESSED. NO THREATS. CCTV + LANDLORD STATEMENT. REMANDED FOR COURT.""",
    spans=[
        ("FIXATION", "HE BECAME OBSESSED WITH IP"),
        ("STALK_TURN_UP", "15/08 SUSP ATTENDED THE COACH HOUSE QUIZ HOSTED BY IP"),
        ("STALK_TURN_UP", "22/08 ATTENDED AGAIN"),
        ("FIXATION", "TEAM NAME \"STILL WAITING FOR YOU\""),
        ("DISTRESS", "IP LEFT EARLY, DISTRESSED"),
    ],
)

case(
    18, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="se",
    pattern="man_creates_accounts_to_monitor_muslim_cookery_creator_posts_islamophobic_content", relationship="online", occasions=6,
    text="""\
Victim [NAME 1] runs a small cookery channel (approx 2k followers) from her home in [TOWN]. She wears a hijab on camera. Since May the suspect, believed to be [NAME 2], has set up at least five accounts after each one was blocked. He comments on every upload, has screenshotted her kitchen window and posted it on his own page saying "found where the little terrorist cooks", and has made a blog post collecting her videos under the heading "Sharia in a saucepan". He messaged her "your religion is a disease and so are you". He also emailed her local mosque asking if she was a member. Victim is angry and has reported the accounts but is still posting as before and says she is not afraid of him. No threats identified.""",
    spans=[
        ("REPETITION", "Since May"),
        ("FIXATION", "has set up at least five accounts after each one was blocked"),
        ("STALK_CONTACT", "He comments on every upload"),
        ("STALK_MONITOR", "has screenshotted her kitchen window"),
        ("RELIGIOUS_HOSTILITY", "\"found where the little terrorist cooks\""),
        ("STALK_PUBLISH", "has made a blog post collecting her videos"),
        ("RELIGIOUS_HOSTILITY", "\"Sharia in a saucepan\""),
        ("RELIGIOUS_HOSTILITY", "\"your religion is a disease and so are you\""),
        ("STALK_MONITOR", "emailed her local mosque asking if she was a member"),
    ],
)

case(
    19, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="dash_note", case="mixed", noise="abbrev", batch="se",
    pattern="former_partner_of_black_councillor_follows_her_racist_threats", relationship="ex_partner", occasions=4,
    text="""\
DASH completed with IP (Cllr Grace Oduya) - MEDIUM. Ex-partner Craig WEST, sep 5 months. Since she was elected in May he has followed her from the civic centre to her car on 3 occasions. On 14/06 in the car park said "you think you're something now, you black b****, I'll put you in the ground". 28/06 text "jumped up monkey, you won't make the next meeting, I'll make sure". IP states she is terrified he will kill her, cried throughout. Children not at risk (no children). Refs for IDVA + MARAC consideration.""",
    spans=[
        ("STALK_FOLLOW", "he has followed her from the civic centre to her car on 3 occasions"),
        ("RACIAL_HOSTILITY", "\"you think you're something now, you black b****"),
        ("THREAT_VIOLENCE", "I'll put you in the ground\""),
        ("RACIAL_HOSTILITY", "\"jumped up monkey"),
        ("THREAT_VIOLENCE", "you won't make the next meeting, I'll make sure\""),
        ("FEAR_OF_VIOLENCE", "IP states she is terrified he will kill her"),
        ("DISTRESS", "cried throughout"),
    ],
)

case(
    20, "aggravated_harassment_fear_of_violence", "CFR",
    voice="victim_diary", case="mixed", noise="typos", batch="se",
    pattern="reader_sends_racist_threats_to_chinese_heritage_local_journalist", relationship="stranger", occasions=3,
    text="""\
Tues - got into work and there was a letter on my desk, no stamp, someone had hand delivered it to reception. "Chinky bitch, you brought covid and now you bring lies about our school. I will cut you." Showed Tom (editor). Told myself its a crank.
Thurs - same handwriting, posted to my home this time. How does he have my home address?? "Go back to China before I come for you. I know your flat." Couldnt sleep, kept checking the door.
Fri - another one at reception, just "SOON". Rang police. I am actually scared he will attack me on the way home.""",
    spans=[
        ("STALK_CONTACT", "there was a letter on my desk"),
        ("RACIAL_HOSTILITY", "\"Chinky bitch, you brought covid"),
        ("THREAT_VIOLENCE", "I will cut you.\""),
        ("RACIAL_HOSTILITY", "\"Go back to China"),
        ("THREAT_VIOLENCE", "before I come for you. I know your flat.\""),
        ("DISTRESS", "Couldnt sleep, kept checking the door."),
        ("STALK_CONTACT", "another one at reception, just \"SOON\""),
        ("FEAR_OF_VIOLENCE", "I am actually scared he will attack me on the way home."),
    ],
)

case(
    21, "harassment_fear_of_violence", "CF",
    voice="judgment", case="mixed", noise="clean", batch="se",
    pattern="footpath_campaigner_threatens_parish_council_chair_repeatedly", relationship="acquaintance", occasions=3,
    text="""\
The complainant is the chair of Ditton Parva Parish Council. The defendant has for some years campaigned to reopen a footpath across farmland, which the council declined to support. At the public session of the meeting on 2 May the defendant, after being told his time was up, leaned over the chair's table and said to her "you close that path and I'll close you down for good, I'll break your neck". The clerk's minutes record the remark. The complainant told us, and we accept, that the defendant has said it again twice since, once outside the post office and once at the next meeting, in almost the same words. She said she believed each time that he meant to hurt her and she has been frightened of him since May. We are satisfied that on at least two occasions his conduct caused her to fear that violence would be used against her, and that he ought to have known it would. The defendant's motive was the footpath; that is no answer. We find the charge under section 4 proved.""",
    spans=[
        ("THREAT_VIOLENCE", "\"you close that path and I'll close you down for good, I'll break your neck\""),
        ("REPETITION", "the defendant has said it again twice since"),
        ("FEAR_OF_VIOLENCE", "she believed each time that he meant to hurt her"),
        ("FEAR_OF_VIOLENCE", "she has been frightened of him since May"),
    ],
)

case(
    22, "no_offence", "",
    voice="third_party", case="lower", noise="typos", batch="se",
    pattern="debt_collector_letters_and_enforcement_visit_to_small_creator_reported_as_harassment", relationship="business", occasions=4,
    text="""\
caller is the mum of a young woman who does make-up tutorials online (small following, does a few sponsored posts). says her daughter is being harrassed by a company. on enquiry it is a printing firm she ordered branded packaging from last year and didnt pay for, approx £1,900. she has had three letters from a debt collection agency in the last two months and on monday an enforcement agent visited with a court warrant, was polite, left a notice and went. daughter very upset, says it is ruining her mental health. explained to caller this is lawful debt recovery action under a court judgment and not a police matter. gave citizens advice + national debtline numbers. no offences disclosed.""",
    spans=[
        ("DISTRESS", "daughter very upset"),
    ],
)

case(
    23, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="se",
    pattern="parent_threatens_councillors_son_in_messages_over_school_closure", relationship="stranger", occasions=4,
    text="""\
I am a county councillor and I chair the committee that voted to close Hollins Lane primary. Since the vote on 3rd October I have received four messages through my council Facebook page from a man called Dean Rourke, whose child went to Hollins Lane. The first two just called me a disgrace and a liar. The third said "your lad goes to Kingsmead doesn't he, be a shame if something happened to him on the way home". The fourth, a week later, said "tell your boy to watch himself". I am not frightened for myself at all, I have had worse in this job. I am worried about my son, and I have spoken to his school, but he is sixteen and says he is fine. I want Rourke told to stop contacting me.""",
    spans=[
        ("STALK_CONTACT", "I have received four messages through my council Facebook page"),
        ("STALK_CONTACT", "just called me a disgrace and a liar"),
        ("REPETITION", "a week later"),
    ],
)

case(
    24, "harassment", "C",
    voice="mo_field", case="upper", noise="abbrev", batch="se",
    pattern="landlord_threatens_local_journalist_repeatedly_victim_unafraid", relationship="business", occasions=3,
    text="""\
MO: SUSP (PRIVATE LANDLORD) AGGRIEVED AT IP'S NEWSPAPER INVESTIGATION INTO HIS HMO PROPERTIES. 3 X PHONE CALLS TO IP OVER 10 DAYS. CALL 1 "PRINT THAT AND YOU'LL NEED A DENTIST". CALL 3 "I'LL HAVE YOUR LEGS BROKE". IP (EXPERIENCED JOURNO) STATES HE IS NOT IN THE LEAST BIT FRIGHTENED, "HE'S A BULLY WHO HIDES BEHIND A PHONE", DOES NOT BELIEVE SUSP WILL DO ANYTHING. STORY PUBLISHED 12/09 AS PLANNED. IP WANTS SUSP WARNED ONLY.""",
    spans=[
        ("STALK_CONTACT", "3 X PHONE CALLS TO IP OVER 10 DAYS"),
        ("THREAT_VIOLENCE", "\"PRINT THAT AND YOU'LL NEED A DENTIST\""),
        ("THREAT_VIOLENCE", "\"I'LL HAVE YOUR LEGS BROKE\""),
    ],
)

case(
    25, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="typos", batch="se",
    pattern="ex_partner_of_parish_councillor_turns_up_at_meetings_victim_changes_number_camera", relationship="ex_partner", occasions=6,
    text="""\
Since Jamie and me split up in February he has not let it go. He comes to every parish council meeting now and sits in the public seats, which he never did when we were together, and just looks at me the whole time. He has sent me hundreds of messages, some nice, some nasty, never threatening. He left a bag of my old things on my car bonnet with a note saying "you forgot these, and me". He parks at the end of my road some nights. I have changed my phone number twice, I have had a doorbell camera and a camera on the drive put in, I have stopped walking the dog on my own and I have asked the clerk to let me leave meetings by the back door. I was going to stand again in May and now I am not sure I will.""",
    spans=[
        ("REPETITION", "Since Jamie and me split up in February"),
        ("STALK_TURN_UP", "He comes to every parish council meeting now and sits in the public seats"),
        ("STALK_WATCH", "just looks at me the whole time"),
        ("STALK_CONTACT", "He has sent me hundreds of messages"),
        ("STALK_PROPERTY", "left a bag of my old things on my car bonnet"),
        ("FIXATION", "\"you forgot these, and me\""),
        ("STALK_LOITER", "He parks at the end of my road some nights"),
        ("SERIOUS_IMPACT", "I have changed my phone number twice"),
        ("SERIOUS_IMPACT", "I have had a doorbell camera and a camera on the drive put in"),
        ("SERIOUS_IMPACT", "I have stopped walking the dog on my own"),
    ],
)

case(
    26, "stalking", "CS",
    voice="updates", case="inconsistent", noise="abbrev", batch="se",
    pattern="meeting_regular_fixates_on_young_councillor_watches_and_monitors_no_change_in_routine", relationship="stranger", occasions=5,
    text="""\
UPD 1 (PC 4410): IP is Cllr Aisha Rahman, 24, youngest member of Bexley Vale BC. States male, Ivor KNELL, 60s, attends every full council + planning meeting (public) and always sits directly in her eyeline. IP is of Bangladeshi heritage - Knell has never referred to it, no abusive language.
UPD 2: Knell has written 9 letters to IP at the council offices since Aug - reviewed - they are about her, not council business ("I noticed you changed your hair", "you looked tired on Tuesday"). Also knows which gym she uses, mentioned it in letter 7.
UPD 3: IP says it is "creepy" and makes her anxious before meetings but she is carrying on exactly as normal, hasn't changed anything. NO threats.
UPD 4: S.2A crimed. Knell to be interviewed. SNT aware.""",
    spans=[
        ("STALK_TURN_UP", "attends every full council + planning meeting"),
        ("STALK_WATCH", "always sits directly in her eyeline"),
        ("STALK_CONTACT", "has written 9 letters to IP at the council offices since Aug"),
        ("FIXATION", "they are about her, not council business"),
        ("STALK_MONITOR", "knows which gym she uses"),
        ("DISTRESS", "makes her anxious before meetings"),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="heavy", batch="se",
    pattern="listener_sends_racist_dms_to_local_football_podcaster", relationship="online", occasions=5,
    text="""\
2015 clr: marcus obi, does a local footy podcast "terrace talk" (v small, few hundred listeners). ovr last 3 wks 1 listnr (acct @bluearmy_74) sent him 5 dms aftr he critisised club owner. dms incl "stick to rapping u f***ing ape" + "no one wants to hear a n***** talk about OUR club". no thrts, no other contact, no interest in him othr than the pod. clr fed up, not scared. screenshots sent via portal.""",
    spans=[
        ("REPETITION", "ovr last 3 wks"),
        ("STALK_CONTACT", "sent him 5 dms"),
        ("RACIAL_HOSTILITY", "\"stick to rapping u f***ing ape\""),
        ("RACIAL_HOSTILITY", "\"no one wants to hear a n***** talk about OUR club\""),
    ],
)

case(
    28, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="typos", batch="se",
    pattern="resident_threatens_traveller_heritage_parish_councillor_twice", relationship="neighbour", occasions=2,
    text="""\
IP is a parish councillor in Upper Langley and is openly from an Irish Traveller family. Suspect lives three doors down and objected to the council's support for a temporary stopping site. On 11/07 suspect shouted at IP over the garden wall "dirty pikey, we'll burn your caravan mates out and you with them". On 25/07 as IP was putting out the recycling suspect came onto the pavement and said "you're next, gyppo, I'll do you myself". IP says he is scared of being attacked on his own doorstep and has told his wife not to answer the door. Neighbour W1 witnessed second incident. Suspect no reply at address x2.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"dirty pikey"),
        ("THREAT_VIOLENCE", "we'll burn your caravan mates out and you with them\""),
        ("RACIAL_HOSTILITY", "gyppo"),
        ("THREAT_VIOLENCE", "I'll do you myself\""),
        ("FEAR_OF_VIOLENCE", "IP says he is scared of being attacked on his own doorstep"),
    ],
)

case(
    29, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="redacted", batch="se",
    pattern="suspect_uses_brother_to_follow_and_photograph_asian_journalist_racist_posts", relationship="stranger", occasions=5,
    text="""\
Supervisor review 03/11. Victim [NAME 1], freelance journalist writing for the [PAPER] about [NAME 2]'s failed care home business. Evidence now shows [NAME 2] did not do the following himself: his brother [NAME 3] was sent to follow the victim from her home to the library on two dates, and photographed her at a cafe, and those photos appeared on [NAME 2]'s X account within the hour, captioned "our Paki friend having a latte on the proceeds of lies". Messages recovered from [NAME 3]'s phone show [NAME 2] asking "where is she now" and "get me a pic of her car". [NAME 2] has also posted three times that she should "go back where she came from". The victim is angry rather than afraid and has carried on working. Both to be treated as suspects - joint enterprise. Racially aggravated s.2A is the right outcome; there is no evidence of fear of violence or change to routine so s.4A not met.""",
    spans=[
        ("STALK_FOLLOW", "was sent to follow the victim from her home to the library on two dates"),
        ("STALK_WATCH", "photographed her at a cafe"),
        ("STALK_PUBLISH", "those photos appeared on [NAME 2]'s X account within the hour"),
        ("RACIAL_HOSTILITY", "\"our Paki friend having a latte on the proceeds of lies\""),
        ("STALK_MONITOR", "\"where is she now\""),
        ("STALK_MONITOR", "\"get me a pic of her car\""),
        ("RACIAL_HOSTILITY", "she should \"go back where she came from\""),
    ],
)

case(
    30, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean", batch="se",
    pattern="fixated_man_stalks_muslim_councillor_threats_she_moves_house", relationship="stranger", occasions=6,
    text="""\
I became a borough councillor last year. I wear a headscarf and my leaflets have my picture on them. In January a man I now know as Philip Ashworth started emailing me several times a week saying he had "chosen" me and that I would "come round to him once I gave up my religion". I never replied. In February he began waiting outside my ward office when I arrived. In March he followed me to my car and said "you Muslims think you can take over, I'll slit your throat before I let you". A week later a note in my car's windscreen wiper said "your god won't save you, I know where you sleep". I believe he will kill me. I have moved out of my house and am staying with my brother, I have stopped holding surgeries in person and I am on sick leave from my day job.""",
    spans=[
        ("STALK_CONTACT", "started emailing me several times a week"),
        ("FIXATION", "he had \"chosen\" me"),
        ("RELIGIOUS_HOSTILITY", "\"come round to him once I gave up my religion\""),
        ("STALK_LOITER", "he began waiting outside my ward office when I arrived"),
        ("STALK_FOLLOW", "he followed me to my car"),
        ("RELIGIOUS_HOSTILITY", "\"you Muslims think you can take over"),
        ("THREAT_VIOLENCE", "I'll slit your throat before I let you\""),
        ("RELIGIOUS_HOSTILITY", "\"your god won't save you"),
        ("THREAT_VIOLENCE", "I know where you sleep\""),
        ("FEAR_OF_VIOLENCE", "I believe he will kill me."),
        ("SERIOUS_IMPACT", "I have moved out of my house and am staying with my brother"),
        ("SERIOUS_IMPACT", "I have stopped holding surgeries in person"),
        ("SERIOUS_IMPACT", "I am on sick leave from my day job"),
    ],
)

case(
    31, "harassment_fear_of_violence", "CF",
    voice="updates", case="lower", noise="typos", batch="se",
    pattern="banned_quiz_player_sends_friends_to_threaten_quizmaster", relationship="customer", occasions=2,
    text="""\
update 1: ip (quizmaster at the fox & hounds, also does a quiz podcast) banned suspect ryan dobbs from the quiz in april for cheating on his phone. dobbs has not been back himself.
update 2: 18/04 two males ip didnt know came up to him at the end of quiz, one said "ryan says you're getting a kicking when you least expect it". 2/05 a different male approached ip at the bar, "message from ryan, your days are numbered pal".
update 3: dobbs messages found by pub landlord in a group chat asking people to "have a word" with ip. ip states he is frightened he is going to be jumped walking home and is nervous every quiz night now. no fixation on ip, it is all about the ban.""",
    spans=[
        ("THREAT_VIOLENCE", "\"ryan says you're getting a kicking when you least expect it\""),
        ("THREAT_VIOLENCE", "\"message from ryan, your days are numbered pal\""),
        ("FEAR_OF_VIOLENCE", "ip states he is frightened he is going to be jumped walking home"),
        ("DISTRESS", "is nervous every quiz night now"),
    ],
)

case(
    32, "stalking", "CS",
    voice="third_party", case="mixed", noise="abbrev", batch="se",
    pattern="fixated_fan_orders_goods_and_lodges_complaints_in_folk_singers_name", relationship="online", occasions=6,
    text="""\
Report from the manager of Hattie Brell, folk singer who also leads the Saltmarsh Community Choir (small local following). For 7 weeks a woman who follows Hattie online, user "brell_forever", has: ordered 4 takeaways and a set of bedding to Hattie's home in Hattie's name; made 2 complaints to the district council claiming the choir breaches noise rules; and sent Hattie DMs saying "I know you better than anyone", "you will thank me one day". Hattie blocked her in March and told her to stop. The woman then messaged the choir's email asking for Hattie's rehearsal times. No threats. Hattie is upset but carrying on as normal. Mgr believes suspect is [NAME 1], lives Cleethorpes.""",
    spans=[
        ("REPETITION", "For 7 weeks"),
        ("STALK_ORDERS", "ordered 4 takeaways and a set of bedding to Hattie's home in Hattie's name"),
        ("STALK_ORDERS", "made 2 complaints to the district council claiming the choir breaches noise rules"),
        ("FIXATION", "\"I know you better than anyone\""),
        ("FIXATION", "\"you will thank me one day\""),
        ("UNWANTED", "Hattie blocked her in March and told her to stop"),
        ("STALK_MONITOR", "asking for Hattie's rehearsal times"),
        ("DISTRESS", "Hattie is upset"),
    ],
)

case(
    33, "no_offence", "R",
    voice="notebook", case="mixed", noise="abbrev", batch="se",
    pattern="passer_by_shouts_racist_slur_at_canvassing_councillor_once", relationship="stranger", occasions=1,
    text="""\
1650 Tue. Spoke to Cllr Nadeem (Ind) outside Co-op, Market Sq. Was canvassing w/ leaflets approx 1620, unknown W/M 30s walking past shouted "f*** off back to Syria, you terrorist" and kept walking towards bus stn. Never seen him before. No further incident. Cllr not hurt, not scared, "happens now and again". CCTV Co-op requested. Hate incident logged.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"f*** off back to Syria, you terrorist\""),
    ],
)

case(
    34, "harassment_fear_of_violence", "CF",
    voice="dash_note", case="lower", noise="abbrev", batch="se",
    pattern="follower_sends_two_threatening_dms_to_gaming_streamer", relationship="online", occasions=2,
    text="""\
not DA - non-DASH note. ip small twitch streamer. 2 dms from same acct, 5/3 + 8/3: "ill stab u next time ur at the con" / "see u at the con, bring a plaster". ip scared, thinks he will. not going.""",
    spans=[
        ("THREAT_VIOLENCE", "\"ill stab u next time ur at the con\""),
        ("THREAT_VIOLENCE", "\"see u at the con, bring a plaster\""),
        ("FEAR_OF_VIOLENCE", "ip scared, thinks he will"),
    ],
)

case(
    35, "stalking_fear_alarm_distress", "CSFD",
    voice="crime_summary", case="mixed", noise="heavy", batch="se",
    pattern="man_fixates_on_parish_clerk_follows_threatens_she_quits_post", relationship="acquaintance", occasions=6,
    text="""\
IP is clerk to Merrow Green PC (part time). SUSP is a retired man who started coming to the parish office most days in Jan with no real buisness, brining her cakes, asking about her weekends. IP told him in Feb she wasnt comfortable and asked him to only contact the office by email. He kept coming. Since March he has followed her home in his car twice, sat in the lay-by opp her house, and left a letter saying "I can see you're lonely, I'll look after you". When she threatned to call police (15/4) he said "you'd regret that, I'd make sure you did". On 22/4 a 2nd letter "if you set the police on me you wont be safe anywhere". IP v frightened he will hurt her. She has resigned as clerk effective 30/4 and now parks at her sisters and walks the back way.""",
    spans=[
        ("STALK_TURN_UP", "started coming to the parish office most days in Jan with no real buisness"),
        ("STALK_GIFTS", "brining her cakes"),
        ("UNWANTED", "asked him to only contact the office by email"),
        ("FIXATION", "He kept coming."),
        ("STALK_FOLLOW", "he has followed her home in his car twice"),
        ("STALK_LOITER", "sat in the lay-by opp her house"),
        ("FIXATION", "\"I can see you're lonely, I'll look after you\""),
        ("THREAT_VIOLENCE", "\"you'd regret that, I'd make sure you did\""),
        ("THREAT_VIOLENCE", "\"if you set the police on me you wont be safe anywhere\""),
        ("FEAR_OF_VIOLENCE", "IP v frightened he will hurt her"),
        ("SERIOUS_IMPACT", "She has resigned as clerk effective 30/4"),
        ("SERIOUS_IMPACT", "now parks at her sisters and walks the back way"),
    ],
)

case(
    36, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="clean", batch="se",
    pattern="market_trader_leaves_xenophobic_voicemails_for_romanian_born_councillor_one_threat", relationship="business", occasions=4,
    text="""\
Update 09/02: Victim Cllr Andrei Munteanu, portfolio holder for markets, born in Romania. Market trader Stephen Cole has left four voicemails on his council phone since the stall fee rise on 20/01. Recordings obtained.
Update 10/02: VM1 and VM2 call him a "thieving gypo Romanian" and say "you lot come over here and rob us blind". VM3 is a rant about the fees. VM4 (04/02) says "I swear I'll knock you out when I see you at the market".
Update 11/02: Victim says the last one worried him a bit but he is not really afraid of Cole, who he has known for years as a loudmouth; this is the only threat. He has not changed his routine. Racially aggravated s.2 recorded. Cole to be interviewed.""",
    spans=[
        ("STALK_CONTACT", "has left four voicemails on his council phone since the stall fee rise"),
        ("RACIAL_HOSTILITY", "\"thieving gypo Romanian\""),
        ("RACIAL_HOSTILITY", "\"you lot come over here and rob us blind\""),
        ("THREAT_VIOLENCE", "\"I swear I'll knock you out when I see you at the market\""),
    ],
)

case(
    37, "aggravated_harassment_fear_of_violence", "CFR",
    voice="vps", case="mixed", noise="typos", batch="se",
    pattern="heckler_sends_antisemitic_threats_to_small_standup_comedian", relationship="online", occasions=3,
    text="""\
I do stand-up in pubs and post clips online, a few thousand people follow me. I am Jewish and I joke about my family. After a gig at the Anchor in June a man who had heckled me all night started messaging me. The first said "Jews arent funny, your lot should of been finished off". The next week "next gig I'm coming with a blade, see how funny you are then, yid". Then a third one about my mum. I have been so scared he will actually turn up and stab me that I have felt sick before every show since. I look at every face in the crowd.""",
    spans=[
        ("STALK_CONTACT", "started messaging me"),
        ("RELIGIOUS_HOSTILITY", "\"Jews arent funny, your lot should of been finished off\""),
        ("THREAT_VIOLENCE", "\"next gig I'm coming with a blade, see how funny you are then"),
        ("RELIGIOUS_HOSTILITY", "yid\""),
        ("STALK_CONTACT", "Then a third one about my mum."),
        ("FEAR_OF_VIOLENCE", "I have been so scared he will actually turn up and stab me"),
        ("DISTRESS", "I have felt sick before every show since"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="notebook", case="upper", noise="abbrev", batch="se",
    pattern="ex_partner_monitors_nigerian_born_quiz_host_racist_messages", relationship="ex_partner", occasions=5,
    text="""\
1230 ATT HOME ADDR OF IP (MRS F ADEYEMI, RUNS QUIZ NIGHTS AT 3 LOCAL PUBS). SEP FROM SUSP (PAUL HESKETH) 2 MONTHS. SINCE THEN SUSP HAS: TURNED UP AT HER QUIZ AT THE SWAN 3 WEDS RUNNING, STOOD AT BAR WATCHING HER; SENT TEXTS "GO BACK TO LAGOS YOU UGLY BLACK COW" + "NO ONE ELSE WILL HAVE AN AFRICAN WITH YOUR BAGGAGE". ALSO ASKED HER BROTHER WHICH PUBS SHE IS DOING THIS MONTH. IP NOT SCARED OF HIM, NO THREATS, SAYS "HE'S PATHETIC". NO CHANGE TO HER WORK. DASH STD.""",
    spans=[
        ("STALK_TURN_UP", "TURNED UP AT HER QUIZ AT THE SWAN 3 WEDS RUNNING"),
        ("STALK_WATCH", "STOOD AT BAR WATCHING HER"),
        ("STALK_CONTACT", "SENT TEXTS"),
        ("RACIAL_HOSTILITY", "\"GO BACK TO LAGOS YOU UGLY BLACK COW\""),
        ("RACIAL_HOSTILITY", "\"NO ONE ELSE WILL HAVE AN AFRICAN WITH YOUR BAGGAGE\""),
        ("STALK_MONITOR", "ASKED HER BROTHER WHICH PUBS SHE IS DOING THIS MONTH"),
    ],
)

case(
    39, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="victim_diary", case="lower", noise="typos", batch="se",
    pattern="man_turns_up_at_sikh_dance_creators_classes_religious_abuse_she_stops_posting", relationship="online", occasions=5,
    text="""\
12 may - that man from the comments was at the back of my bhangra class at the leisure centre. didnt dance, just watched me for an hour. left before i could speak to him.
19 may - there again. after class he said "youve got a lovely smile under all that sikh nonsense, lose the kara and you'd be perfect".
24 may - comment under my video "saw you tuesday ;)"
26 may - there AGAIN. then in the car park "your prophets cant help you, i'll always be at the back". i blocked him everywhere.
3 june - new account, "still watching".
i've moved the class to a private studio across town, stopped posting my class times and my cousin picks me up now. havent slept properly in weeks.""",
    spans=[
        ("STALK_TURN_UP", "was at the back of my bhangra class at the leisure centre"),
        ("STALK_WATCH", "just watched me for an hour"),
        ("RELIGIOUS_HOSTILITY", "\"youve got a lovely smile under all that sikh nonsense, lose the kara and you'd be perfect\""),
        ("STALK_MONITOR", "\"saw you tuesday ;)\""),
        ("REPETITION", "there AGAIN"),
        ("RELIGIOUS_HOSTILITY", "\"your prophets cant help you"),
        ("FIXATION", "i'll always be at the back\""),
        ("FIXATION", "new account, \"still watching\""),
        ("SERIOUS_IMPACT", "i've moved the class to a private studio across town"),
        ("SERIOUS_IMPACT", "stopped posting my class times and my cousin picks me up now"),
        ("DISTRESS", "havent slept properly in weeks"),
    ],
)

case(
    40, "stalking_fear_alarm_distress", "CSF",
    voice="judgment", case="mixed", noise="clean", batch="se",
    pattern="man_fixates_on_wheelchair_using_councillor_disablist_abuse_repeated_threats", relationship="stranger", occasions=5,
    text="""\
The complainant is a district councillor who uses a wheelchair. From September the defendant sent her letters at the council offices declaring that she was "the only honest one" and that they were "destined to work together". She did not reply. He then began appearing at the accessible entrance of the civic centre when she arrived for meetings, and on two occasions followed her along the ramp to the lift. When she told him firmly to leave her alone he called her "a useless cripple who should be in a home". On 3 November he told her "I'll tip you out of that chair and you'll never get up". On 17 November he repeated that threat almost word for word in a letter. The complainant told us she was terrified he would hurt her and that she could not defend herself. The disability hostility is plain and will be reflected in sentence, but it is not racial or religious aggravation. We find the s.4A offence proved.""",
    spans=[
        ("FIXATION", "declaring that she was \"the only honest one\""),
        ("FIXATION", "\"destined to work together\""),
        ("STALK_CONTACT", "sent her letters at the council offices"),
        ("STALK_TURN_UP", "began appearing at the accessible entrance of the civic centre"),
        ("STALK_FOLLOW", "on two occasions followed her along the ramp to the lift"),
        ("UNWANTED", "she told him firmly to leave her alone"),
        ("STALK_CONTACT", "called her \"a useless cripple who should be in a home\""),
        ("THREAT_VIOLENCE", "\"I'll tip you out of that chair and you'll never get up\""),
        ("REPETITION", "he repeated that threat almost word for word in a letter"),
        ("FEAR_OF_VIOLENCE", "she was terrified he would hurt her"),
    ],
)

case(
    41, "aggravated_harassment", "CR",
    voice="judgment", case="mixed", noise="clean", batch="se",
    pattern="sore_loser_makes_racist_calls_to_black_pub_quiz_host", relationship="customer", occasions=3,
    text="""\
The complainant hosts a weekly quiz at the Wheatsheaf. The defendant's team lost a tie-break on 8 March. That night and on the two following evenings he telephoned the pub and asked for the complainant, and on each call called him a "black cheat" and said the quiz was "rigged for your own kind". The landlord took the third call on speaker and heard the words. The defendant accepts making the calls but says they were about the result. There were no threats and no other contact. We are sure the calls were a course of conduct amounting to harassment and that in the course of it he demonstrated hostility based on the complainant's race. Guilty of the racially aggravated offence.""",
    spans=[
        ("STALK_CONTACT", "he telephoned the pub and asked for the complainant"),
        ("REPETITION", "That night and on the two following evenings"),
        ("RACIAL_HOSTILITY", "called him a \"black cheat\""),
        ("RACIAL_HOSTILITY", "\"rigged for your own kind\""),
    ],
)

case(
    42, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="typos", batch="se",
    pattern="resident_threatens_irish_parish_clerk_twice_over_village_hall_booking", relationship="stranger", occasions=2,
    text="""\
1748 CALLER MS ROISIN KEANE, CLERK TO HOLME ST MARY PARISH CNCL. SUSP REFUSED VILLAGE HALL BOOKING FOR HIS PARTY. 1ST INCIDENT MON: SUSP CAME TO HALL OFFICE SHOUTING "THICK IRISH B*TCH, I'LL SMASH YOUR HEAD IN". 2ND TODAY 1720 RANG OFFICE "GET BACK ON THE BOAT TO DUBLIN OR I'LL PUT YOU IN A BOX". CALLER CRYING, SAYS SHE IS SCARED TO LOCK UP, THINKS HE WILL WAIT FOR HER. SUSP DETAILS ON BOOKING FORM. UNIT REQ.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"THICK IRISH B*TCH"),
        ("THREAT_VIOLENCE", "I'LL SMASH YOUR HEAD IN\""),
        ("RACIAL_HOSTILITY", "\"GET BACK ON THE BOAT TO DUBLIN"),
        ("THREAT_VIOLENCE", "OR I'LL PUT YOU IN A BOX\""),
        ("DISTRESS", "CALLER CRYING"),
        ("FEAR_OF_VIOLENCE", "SAYS SHE IS SCARED TO LOCK UP, THINKS HE WILL WAIT FOR HER"),
    ],
)

case(
    43, "aggravated_stalking", "CSR",
    voice="result_note", case="inconsistent", noise="redacted", batch="se",
    pattern="rejected_singer_fixates_on_black_choir_leader_gifts_watching_racist_remarks", relationship="acquaintance", occasions=5,
    text="""\
RESULT: [NAME 1] charged s.2A PHA, racially aggravated. Summary: victim [NAME 2] leads the Gospel Voices choir at [VENUE]. Suspect auditioned in Sept and was not given a place. Since then he has: sent flowers to her work 3 times; sat outside the rehearsal room in his van on Thursday nights watching the windows; and sent cards saying "you'll realise you need me". After she reported him to the venue he emailed her "you people always stick together, a white man can't get a look in with a darkie in charge". Victim says she is not afraid and has carried on rehearsals as normal. Bail conditions: no contact, not to attend [VENUE].""",
    spans=[
        ("STALK_GIFTS", "sent flowers to her work 3 times"),
        ("STALK_LOITER", "sat outside the rehearsal room in his van on Thursday nights"),
        ("STALK_WATCH", "watching the windows"),
        ("FIXATION", "\"you'll realise you need me\""),
        ("RACIAL_HOSTILITY", "\"you people always stick together, a white man can't get a look in with a darkie in charge\""),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="statement", case="mixed", noise="typos", batch="se",
    pattern="reader_fixates_on_romanian_heritage_reporter_follows_threatens_twice", relationship="stranger", occasions=5,
    text="""\
I am a reporter for the Haslingden Observer. My byline photo is on every article. Since around April a man called Neil Forsyth has been writing to the paper about me, not my stories, asking what time I finish and whether I am single. In May I saw him outside our office three afternoons in one week. On 2nd June he followed me from the office to Tesco and stood behind me at the till. He said "your kind should be picking fruit not writing news, Romanian scum, I'll be seeing you on your own one night". On 10th June he rang my desk phone and said "I'm going to hurt you, gypsy". I am scared to death that he will attack me. I still come to work and I havent changed my routine, I wont let him win that.""",
    spans=[
        ("STALK_CONTACT", "has been writing to the paper about me"),
        ("STALK_MONITOR", "asking what time I finish and whether I am single"),
        ("STALK_LOITER", "I saw him outside our office three afternoons in one week"),
        ("STALK_FOLLOW", "he followed me from the office to Tesco"),
        ("RACIAL_HOSTILITY", "\"your kind should be picking fruit not writing news, Romanian scum"),
        ("THREAT_VIOLENCE", "I'll be seeing you on your own one night\""),
        ("THREAT_VIOLENCE", "\"I'm going to hurt you"),
        ("RACIAL_HOSTILITY", "gypsy\""),
        ("FEAR_OF_VIOLENCE", "I am scared to death that he will attack me"),
    ],
)
