# ruff: noqa: E501
"""Hand-written narratives, writer ud: faith and community settings, local shops, racial and religious hostility."""

from corpora.handwritten import case

case(
    1, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="ud",
    pattern="regular_customer_racist_abuse_at_newsagent_counter_three_visits_no_fear", relationship="customer", occasions=3,
    text="""\
CLR IS MR ARUN SELVARAJ, OWNER SELVA NEWS & FOOD, 14 CROWN ST. STATES MALE KNOWN TO HIM AS 'GAZ' (REGULAR CUST, LIVES LOCALLY, POSS GARY) HAS BEEN IN 3 TIMES THIS WK - MON, WEDS AND TODAY 1140HRS. EACH TIME BUYS HIS TOBACCO THEN STANDS AT COUNTER CALLING IP A 'DIRTY P***' AND TELLING HIM TO GO BACK TO HIS OWN COUNTRY. TODAY SPAT ON THE COUNTER ON WAY OUT. IP SAYS HE IS NOT SCARED OF HIM ('HE IS AN OLD DRUNK') BUT WANTS IT STOPPED, IT IS IN FRONT OF CUSTOMERS AND HIS DAUGHTER WHO HELPS AFTER SCHOOL. NO INJ. NO WEAPONS SEEN. CCTV AVAILABLE, IP TO DOWNLOAD. ADV RE HATE CRIME. LOG TO NPT FOR RV.""",
    spans=[
        ("REPETITION", "3 TIMES THIS WK - MON, WEDS AND TODAY"),
        ("REPETITION", "EACH TIME"),
        ("RACIAL_HOSTILITY", "CALLING IP A 'DIRTY P***'"),
        ("RACIAL_HOSTILITY", "TELLING HIM TO GO BACK TO HIS OWN COUNTRY"),
        ("UNWANTED", "SPAT ON THE COUNTER ON WAY OUT"),
    ],
)

case(
    2, "no_offence", "R",
    voice="notebook", case="mixed", noise="abbrev", batch="ud",
    pattern="single_anti_muslim_shout_from_cyclist_outside_mosque", relationship="stranger", occasions=1,
    text="""\
Sat 3/2 approx 1310 o/s Masjid-e-Noor, Hartley Rd. IP Mrs Saima Qureshi (wears hijab) leaving after Zuhr prayer with her 2 children. Unknown male on pushbike rode past on the pavement & shouted "f***ing terrorist, go home" then carried on towards the lights on Hartley Rd. Did not stop, did not come back. IP has never seen him before, nothing since. IP shaken but ok, didn't want a fuss - mosque committee asked for it to be reported. Desc WM 30s grey hoodie black mountain bike. Area search neg. Mosque CCTV covers car park only, not the road - nil. Recorded as hate incident (religious).""",
    spans=[
        ("RELIGIOUS_HOSTILITY", 'shouted "f***ing terrorist, go home"'),
        ("DISTRESS", "IP shaken"),
    ],
)

case(
    3, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="ud",
    pattern="ex_husband_attends_gurdwara_langar_to_plead_daily_messages_no_threats", relationship="ex_partner", occasions=10,
    text="""\
I volunteer in the langar hall at the Guru Nanak Gurdwara on Park Lane every Sunday morning and on Wednesday evenings. Harjit Sandhu is my ex-husband. We separated in August and the divorce is going through. Since about the start of October he has been coming to the gurdwara on the days he knows I am there. He does not cause a scene. He sits at the back of the hall and watches me serving, and then waits by the shoe racks to speak to me when I leave. He says he is sorry, that he will change, and asks me to come home. I have told him clearly many times that it is over. He has also sent me messages nearly every day, long ones, saying he cannot sleep, that he still loves me, that God brought us together. He has never threatened me and I don't believe he would hurt me. I have not changed anything I do, but I am embarrassed in front of the sangat and I just want him to leave me alone. Our arrangements for the children are done through solicitors and he does not mention them.""",
    spans=[
        ("REPETITION", "Since about the start of October"),
        ("STALK_TURN_UP", "coming to the gurdwara on the days he knows I am there"),
        ("STALK_WATCH", "sits at the back of the hall and watches me serving"),
        ("STALK_LOITER", "waits by the shoe racks to speak to me when I leave"),
        ("FIXATION", "asks me to come home"),
        ("UNWANTED", "I have told him clearly many times that it is over"),
        ("STALK_CONTACT", "sent me messages nearly every day"),
        ("FIXATION", "saying he cannot sleep, that he still loves me"),
        ("DISTRESS", "I am embarrassed in front of the sangat"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="typos", batch="ud",
    pattern="chip_shop_manager_threatened_twice_after_refused_refund", relationship="customer", occasions=2,
    text="""\
UPDATE 1 - 19/04 PC 2231 Mehta. Spoke to IP Dimitris Kostas, manager of the Golden Fryer chippy on Market St. On 16/04 about 2200 SUSP Lee Brannigan came in complaning that his order the night before was cold and wanted his money back. IP refused as he had eaten it. SUSP leaned over the counter and said 'ill come back when your shut and stab you'. Left. On 18/04 SUSP came back at closing time, stood in the doorway and said 'told you id be back, your getting it' and made a stabbing motion with his hand. Staff member W1 Kyle Dean saw and heard it. IP says he is genuinley scared this lad will do something to him.
UPDATE 2 - 20/04. CCTV seized for both dates, SUSP clearly identifyable. Arrest enquiry created.""",
    spans=[
        ("THREAT_VIOLENCE", "ill come back when your shut and stab you"),
        ("REPETITION", "On 18/04"),
        ("THREAT_VIOLENCE", "told you id be back, your getting it"),
        ("THREAT_VIOLENCE", "made a stabbing motion with his hand"),
        ("FEAR_OF_VIOLENCE", "genuinley scared this lad will do something to him"),
    ],
)

case(
    5, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="clean", batch="ud",
    pattern="antisemitic_watcher_of_jewish_bookshop_owner_follows_and_finds_home_she_shortens_hours", relationship="stranger", occasions=8,
    text="""\
The victim, Miriam Feld (58), runs a small Jewish bookshop and gift shop on Bury New Road. The suspect, Colin ASHWORTH, is a local man not previously known to her. Between 2 May and 14 June he has:
- stood across the road from the shop on at least eight days, for up to an hour at a time, staring in;
- on 20 May and 3 June followed her from the shop to the bus stop and got on the same bus;
- pushed handwritten notes through the shop letterbox reading 'Zionist parasites out' and 'your kind run everything';
- found out her home address, and on 11 June a leaflet of Holocaust denial material with her name written on it was put through her front door.
No threats of violence have been made and Ms Feld does not say she thinks he will attack her, but she is 'constantly on edge'. Since the start of June she has closed the shop at 3pm instead of 5.30pm so that she goes home in daylight, her son now collects her by car, and she has had a doorbell camera fitted at home. Suspect arrested 15/06, no comment interview. Religiously aggravated.""",
    spans=[
        ("STALK_LOITER", "stood across the road from the shop on at least eight days"),
        ("STALK_WATCH", "staring in"),
        ("REPETITION", "on 20 May and 3 June"),
        ("STALK_FOLLOW", "followed her from the shop to the bus stop and got on the same bus"),
        ("STALK_CONTACT", "pushed handwritten notes through the shop letterbox"),
        ("RELIGIOUS_HOSTILITY", "Zionist parasites out"),
        ("RELIGIOUS_HOSTILITY", "your kind run everything"),
        ("STALK_MONITOR", "found out her home address"),
        ("RELIGIOUS_HOSTILITY", "a leaflet of Holocaust denial material with her name written on it"),
        ("DISTRESS", "'constantly on edge'"),
        ("SERIOUS_IMPACT", "closed the shop at 3pm instead of 5.30pm"),
        ("SERIOUS_IMPACT", "her son now collects her by car"),
        ("SERIOUS_IMPACT", "had a doorbell camera fitted at home"),
    ],
)

case(
    6, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="clean", batch="ud",
    pattern="former_churchwarden_bombards_vicar_with_insulting_emails_over_pews", relationship="acquaintance", occasions=27,
    text="""\
Supervisor review - Sgt 1180. Recorded as harassment (without violence). I agree. The victim is the Rev. Catherine Aldous, vicar of St Bartholomew's. The suspect, Derek Pym (71), is a former churchwarden who fell out with the parochial church council over the decision to take out the Victorian pews. Since 1 March he has sent her 23 emails and 4 letters, most of them long and insulting - calling her 'incompetent', 'unfit to run a parish', saying she has 'wrecked the place' - and he copies the diocese into many of them. He has been told by the archdeacon, and by the victim herself, to stop writing to her. He has not been to her home, has not followed or watched her and shows no interest in her as a person; every message is about the pews and how the church is run. No threats. The victim is worn down and upset by it but carrying on as normal. I do not see any fixation here. OIC to interview under caution.""",
    spans=[
        ("REPETITION", "Since 1 March"),
        ("STALK_CONTACT", "sent her 23 emails and 4 letters"),
        ("UNWANTED", "told by the archdeacon, and by the victim herself, to stop writing to her"),
        ("DISTRESS", "worn down and upset by it"),
    ],
)

case(
    7, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="heavy", batch="ud",
    pattern="two_withheld_calls_to_mandir_priest_anti_hindu_threats_to_burn_him", relationship="stranger", occasions=2,
    text="""\
0817 CALL RECVD FROM SHRI RADHA KRISHNA MANDIR, ALBERT RD. CLR PANDIT RAJESH JOSHI (PRIEST, LIVES IN FLAT ATTACHED TO TEMPLE). HAD CALL ON TEMPLE LANDLINE 2340 LAST NIGHT, MALE VOICE - 'YOU HINDU COW WORSHIPPING SCUM, WE KNOW YOU SLEEP THERE, WE WILL BURN YOU IN YOUR BED'. THEN THIS MORN 0745 SAME VOICE RANG AGAIN 'DID YOU SLEEP WELL PRIEST, NOT LONG NOW' + LAUGHED. CLR V FRIGHTENED, ALONE IN BLDG AT NIGHT, BELEIVES THEY MEAN IT. NO NUMBER (WITHHELD). NO PREV CALLS LIKE THIS. ADV DONT ANS WITHHELD NOS, REQ CALL DATA. GRADE 2 ATT. HATE CRIME FLAG - RELIGIOUS.""",
    spans=[
        ("STALK_CONTACT", "HAD CALL ON TEMPLE LANDLINE 2340 LAST NIGHT"),
        ("RELIGIOUS_HOSTILITY", "YOU HINDU COW WORSHIPPING SCUM"),
        ("THREAT_VIOLENCE", "WE WILL BURN YOU IN YOUR BED"),
        ("STALK_CONTACT", "SAME VOICE RANG AGAIN"),
        ("THREAT_VIOLENCE", "DID YOU SLEEP WELL PRIEST, NOT LONG NOW"),
        ("FEAR_OF_VIOLENCE", "CLR V FRIGHTENED"),
        ("FEAR_OF_VIOLENCE", "BELEIVES THEY MEAN IT"),
    ],
)

case(
    8, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="ud",
    pattern="man_fixated_on_community_centre_craft_volunteer_she_quits_and_changes_bus", relationship="acquaintance", occasions=5,
    text="""\
diary - keeping it like the officer asked.
tues 9th - craft group at the community centre. dean was there again even tho he doesnt come to anything else, just sat by the tea urn and watched me the whole 2 hrs. when i left he was outside by the bike racks and walked behind me nearly to the bus stop.
thurs 11th - bunch of flowers left at reception with my name on, card said 'for my favourite'. jan on the desk said it was him.
sat 13th - saw him in the co-op at the end of my road. hes never lived round here.
mon 15th - 3 friend requests from diffrent accounts all with his photo. blocked them.
tues 16th - didnt go to craft group. first time in 4 years. told maureen im stepping down from running it, i cant face it.
weds 17th - started getting the 31 from the other stop so i dont go past the centre. he has never said anything nasty or threatning, hes always smiling, thats almost worse. i feel sick all the time.""",
    spans=[
        ("STALK_WATCH", "sat by the tea urn and watched me the whole 2 hrs"),
        ("STALK_LOITER", "outside by the bike racks"),
        ("STALK_FOLLOW", "walked behind me nearly to the bus stop"),
        ("STALK_GIFTS", "bunch of flowers left at reception with my name on"),
        ("FIXATION", "card said 'for my favourite'"),
        ("STALK_TURN_UP", "saw him in the co-op at the end of my road"),
        ("STALK_CONTACT", "3 friend requests from diffrent accounts all with his photo"),
        ("SERIOUS_IMPACT", "told maureen im stepping down from running it"),
        ("SERIOUS_IMPACT", "started getting the 31 from the other stop"),
        ("DISTRESS", "i feel sick all the time"),
    ],
)

case(
    9, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="ud",
    pattern="neighbour_photographs_muslim_shopkeepers_racist_facebook_posts_malicious_complaints", relationship="neighbour", occasions=12,
    text="""\
Upd 02/09 PC Hollis. IP Mr Tariq Aslam, owner Aslam's Convenience Store, 2 Vicarage Row. SUSP Neil Carter lives at no.5 opposite. Since early July SUSP has:
- photographed IP, his wife and the shop from his front window most days (IP has seen the camera lens);
- posted photos of IP and wife on the local FB group 'Vicarage Estate Watch' with comments 'another Paki shop selling booze to kids' and 'they breed like rabbits';
- made 6 complaints to council licensing & trading standards alleging underage sales - all visited, all NFA, TS officer describes them as malicious;
- written down the regs of IP's delivery vans and posted the delivery times online.
No direct contact, no threats. IP says it is getting him down, can't switch off, keeps checking the FB group at night. Still running the shop as normal, no changes.
Plan: obtain FB posts (IP's son has screenshots), statement from TS officer, interview SUSP.""",
    spans=[
        ("REPETITION", "Since early July"),
        ("STALK_WATCH", "photographed IP, his wife and the shop from his front window most days"),
        ("STALK_PUBLISH", "posted photos of IP and wife on the local FB group"),
        ("RACIAL_HOSTILITY", "another Paki shop selling booze to kids"),
        ("RACIAL_HOSTILITY", "they breed like rabbits"),
        ("STALK_ORDERS", "made 6 complaints to council licensing & trading standards"),
        ("STALK_MONITOR", "written down the regs of IP's delivery vans"),
        ("STALK_PUBLISH", "posted the delivery times online"),
        ("DISTRESS", "it is getting him down, can't switch off"),
    ],
)

case(
    10, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="ud",
    pattern="rival_kebab_shop_owners_mutual_pavement_rows", relationship="business", occasions=2,
    text="""\
Result: NFA - no offence. Complainant Mr Yusuf Demir (Kebab Express) alleged harassment by Mr Stavros Nikolaou (Nikos Grill) across the road. Enquiries show a long-running feud over customers and A-boards on the pavement. CCTV from both shops viewed for 12/10 and 19/10: on both dates the two men are out on the pavement shouting and pointing at each other, both swearing; on 19/10 Demir kicks Nikolaou's A-board over and Nikolaou throws it back at his door. Neither is the aggressor throughout, both gave as good as they got and each has made a counter-allegation. Neither says he is frightened. No racial or religious content in the words used (checked with W1 who speaks Turkish and Greek). Both given words of advice, ASB team referral re the boards.""",
    spans=[],
)

case(
    11, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="abbrev", batch="ud",
    pattern="three_antisemitic_voicemails_minutes_apart_to_synagogue_office", relationship="stranger", occasions=3,
    text="""\
1022 Caller Mrs Ruth Abrahams, administrator, Hendon Park Synagogue. On arrival this a.m. found 3 voicemails on the office answerphone, all left between 0612 and 0619 today from the same mobile (no. displayed, on log). Male voice. 1st: 'you Jews are vermin'. 2nd: a rant about Israel then 'every synagogue should be shut down, dirty Jews'. 3rd: laughing, 'Jew Jew Jew' over and over then hangs up. No threats in any of them. Caller upset, was alone in the office when she played them, has now played them to the rabbi. Msgs saved, not deleted. PND/PNC check on the number to follow. Hate crime (religious) log raised.""",
    spans=[
        ("STALK_CONTACT", "3 voicemails on the office answerphone"),
        ("REPETITION", "all left between 0612 and 0619 today"),
        ("RELIGIOUS_HOSTILITY", "you Jews are vermin"),
        ("RELIGIOUS_HOSTILITY", "every synagogue should be shut down, dirty Jews"),
        ("RELIGIOUS_HOSTILITY", "'Jew Jew Jew' over and over"),
        ("DISTRESS", "Caller upset"),
    ],
)

case(
    12, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="ud",
    pattern="neighbour_photographs_gurdwara_worshippers_cars_in_parking_dispute", relationship="neighbour", occasions=8,
    text="""\
Summary. The victim, Mr Balvinder Gill, is secretary of the Singh Sabha gurdwara on Cotton Lane. The suspect, Mr Raymond Platt, lives in the terrace opposite and has complained for two years about worshippers parking across his drive, particularly at weekends and on gurpurab days. Since January Mr Platt has stood on his step every Sunday photographing cars and the people getting out of them, Mr Gill included, and has taken photos of Mr Gill's own car on at least four occasions. He has come across to the car park on three Sundays (14/1, 4/2, 25/2) and shouted at Mr Gill that he is 'running a car park not a church' and that he will have 'the whole lot towed'. Nothing has been said about Sikhs or the religion itself. The photos have gone to the council with parking complaints and have not been posted anywhere. Mr Gill finds it stressful and says Sundays have become something he dreads. The dispute is about parking and Mr Platt shows no interest in Mr Gill outside of it. Recorded as harassment.""",
    spans=[
        ("REPETITION", "Since January"),
        ("STALK_WATCH", "stood on his step every Sunday photographing cars and the people getting out of them"),
        ("STALK_WATCH", "taken photos of Mr Gill's own car on at least four occasions"),
        ("REPETITION", "on three Sundays (14/1, 4/2, 25/2)"),
        ("STALK_CONTACT", "shouted at Mr Gill"),
        ("DISTRESS", "Sundays have become something he dreads"),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSF",
    voice="statement", case="mixed", noise="clean", batch="ud",
    pattern="ex_partner_hangs_around_asian_supermarket_till_threatens_to_kill_twice", relationship="ex_partner", occasions=6,
    text="""\
I work on the tills at Bismillah Supermarket on Stoney Lane. Most of our customers are Pakistani and Bengali families and I know a lot of them by name. I was with Kamran for three years and I ended it in May because of his temper. Since then he has come into the shop five or six times. He never buys anything. He walks round the aisles and then stands at the end of my till looking at me. The first time, on 2 June, he leaned in and said quietly 'if I see you with anyone I'll break your legs'. Mr Hussain, the owner, asked him to leave. Last Friday, 21 June, he was waiting by my car at the end of my shift and said 'you think I'm joking, I'll kill you before I let you go'. I am scared of him. I know what he is like when he loses it and I believe he could really hurt me.""",
    spans=[
        ("REPETITION", "Since then"),
        ("STALK_TURN_UP", "come into the shop five or six times"),
        ("STALK_WATCH", "stands at the end of my till looking at me"),
        ("THREAT_VIOLENCE", "if I see you with anyone I'll break your legs"),
        ("STALK_LOITER", "waiting by my car at the end of my shift"),
        ("THREAT_VIOLENCE", "you think I'm joking, I'll kill you before I let you go"),
        ("FEAR_OF_VIOLENCE", "I am scared of him"),
        ("FEAR_OF_VIOLENCE", "I believe he could really hurt me"),
    ],
)

case(
    14, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="crime_summary", case="upper", noise="abbrev", batch="ud",
    pattern="youths_racially_abuse_and_threaten_tamil_late_shop_owner_he_closes_early", relationship="stranger", occasions=4,
    text="""\
MO/SUMMARY: IP MR KUMARAN SIVAPALAN, 52, OWNS LATE SHOP 'K-MART', 88 FOUNDRY RD. ON 4 OCCASIONS BETWEEN 01/11 AND 22/11 A GROUP OF 3-4 YOUTHS (2 ID'D - JAKE MORRIS 17, TYLER DUNNE 16) HAVE COME INTO THE SHOP AFTER 2100HRS, KNOCKED STOCK OFF SHELVES AND SHOUTED 'GET OUT OF OUR COUNTRY YOU BROWN C***' AND 'TAMIL TIGER TERRORIST'. ON 08/11 MORRIS HELD A LIT LIGHTER UP TO IP'S FACE SAYING 'WE'LL TORCH YOU AND YOUR SHOP'. ON 22/11 DUNNE SAID 'NEXT TIME WE'RE BRINGING A BLADE FOR YOU'. IP STATES HE IS IN FEAR, BELIEVES THEY WILL STAB HIM. SINCE 23/11 HE CLOSES AT 1900 INSTEAD OF 2300 (LOSING APPROX £400 PW) AND HAS STOPPED WORKING ALONE - BROTHER-IN-LAW NOW IN EVERY EVE. CCTV OBTAINED ALL DATES.""",
    spans=[
        ("REPETITION", "ON 4 OCCASIONS BETWEEN 01/11 AND 22/11"),
        ("UNWANTED", "KNOCKED STOCK OFF SHELVES"),
        ("RACIAL_HOSTILITY", "GET OUT OF OUR COUNTRY YOU BROWN C***"),
        ("RACIAL_HOSTILITY", "TAMIL TIGER TERRORIST"),
        ("ESCALATION", "HELD A LIT LIGHTER UP TO IP'S FACE"),
        ("THREAT_VIOLENCE", "WE'LL TORCH YOU AND YOUR SHOP"),
        ("THREAT_VIOLENCE", "NEXT TIME WE'RE BRINGING A BLADE FOR YOU"),
        ("FEAR_OF_VIOLENCE", "BELIEVES THEY WILL STAB HIM"),
        ("SERIOUS_IMPACT", "CLOSES AT 1900 INSTEAD OF 2300"),
        ("SERIOUS_IMPACT", "HAS STOPPED WORKING ALONE"),
    ],
)

case(
    15, "harassment_fear_of_violence", "CF",
    voice="notebook", case="mixed", noise="typos", batch="ud",
    pattern="bowls_club_member_homophobic_threats_to_community_centre_cafe_owner", relationship="acquaintance", occasions=2,
    text="""\
PNB 11/07 1530. Att Brookfield Community Centre re report from IP Owen Price who runs the cafe there with his partner Marc. States SUSP Keith Lowe, who comes for the bowls club on Tuesdays, has twice now had a go at him. 1st - 25/06 in the car park, called him a 'bent b*****d' and said 'people like you want battering, and I'll be the one doing it'. 2nd - yesterday 10/07, came into the café in front of customers and said 'your lucky I havent smashed your face in yet, queer'. IP says he is frightend of him, Lowe is a big man and IP beleives he will attack him given the chance. No racial or religous remarks. Homophobic hate crime flag added. Statement taken, W1 (customer) to be traced.""",
    spans=[
        ("REPETITION", "twice now"),
        ("UNWANTED", "had a go at him"),
        ("THREAT_VIOLENCE", "people like you want battering, and I'll be the one doing it"),
        ("THREAT_VIOLENCE", "your lucky I havent smashed your face in yet"),
        ("FEAR_OF_VIOLENCE", "IP says he is frightend of him"),
        ("FEAR_OF_VIOLENCE", "IP beleives he will attack him"),
    ],
)

case(
    16, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="third_party", case="mixed", noise="clean", batch="ud",
    pattern="convert_followed_home_from_mosque_anti_muslim_abuse_and_threats_sister_reports", relationship="stranger", occasions=6,
    text="""\
I'm reporting this for my sister Hannah Brennan, who now goes by Aisha. She became Muslim two years ago and wears the hijab. She prays at the Central Mosque on Fridays and some evenings. Since Ramadan a man she didn't know (we found out later his name is Paul Rigby) has started waiting on the corner of Lime Street when she comes out of the mosque. Three or four times he has followed her all the way home on foot, shouting things like 'traitor' and 'Muslim whore' at her back. A fortnight ago she found a note under her windscreen wiper: 'converts get what's coming'. Then on Sunday he walked slowly past her house while she was in the garden and said 'I know where you live now, you'll burn with the rest of them'. She is terrified. She honestly believes he is going to attack her.""",
    spans=[
        ("REPETITION", "Since Ramadan"),
        ("STALK_LOITER", "waiting on the corner of Lime Street when she comes out of the mosque"),
        ("REPETITION", "Three or four times"),
        ("STALK_FOLLOW", "followed her all the way home on foot"),
        ("RELIGIOUS_HOSTILITY", "Muslim whore"),
        ("STALK_CONTACT", "found a note under her windscreen wiper"),
        ("THREAT_VIOLENCE", "converts get what's coming"),
        ("STALK_TURN_UP", "walked slowly past her house"),
        ("STALK_MONITOR", "I know where you live now"),
        ("THREAT_VIOLENCE", "you'll burn with the rest of them"),
        ("FEAR_OF_VIOLENCE", "She is terrified"),
        ("FEAR_OF_VIOLENCE", "believes he is going to attack her"),
    ],
)

case(
    17, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="ud",
    pattern="choir_member_fixated_on_church_organist_one_threat_no_change", relationship="acquaintance", occasions=12,
    text="""\
SUPERVISOR REVIEW 04/03 - DS Whitlock. Vic Eleanor Vance, 34, organist at St Michael & All Angels. Susp Graham Tulley, 49, joined the choir last autumn. Vic's account and diary show: after she turned down a drink in Nov he began attending every service she plays at, incl weekday evensong he had never been to before; sits in the front pew staring at her; waited at the vestry door after services on at least 6 occasions; left a CD of organ music and a poem on the organ bench twice; has emailed her 40+ times (copies supplied), many saying they are 'meant to be together'. On 12/02 when she told him to stop he said 'I'd break your fingers before I'd let you play for anyone else'. That is the only threat. She was shaken but says she does not think he will actually hurt her, and she still plays all her services. Classification as stalking is right. OIC - arrest and interview, consider SPO application.""",
    spans=[
        ("FIXATION", "after she turned down a drink in Nov"),
        ("STALK_TURN_UP", "began attending every service she plays at"),
        ("STALK_WATCH", "sits in the front pew staring at her"),
        ("STALK_LOITER", "waited at the vestry door after services on at least 6 occasions"),
        ("STALK_GIFTS", "left a CD of organ music and a poem on the organ bench twice"),
        ("STALK_CONTACT", "has emailed her 40+ times"),
        ("FIXATION", "meant to be together"),
        ("UNWANTED", "she told him to stop"),
        ("THREAT_VIOLENCE", "I'd break your fingers before I'd let you play for anyone else"),
        ("DISTRESS", "She was shaken"),
    ],
)

case(
    18, "aggravated_harassment", "CDR",
    voice="vps", case="mixed", noise="clean", batch="ud",
    pattern="neighbour_antisemitic_taunts_at_kosher_baker_family_changes_routes_and_dress", relationship="neighbour", occasions=15,
    text="""\
I am Yosef Landau. My wife and I have run Landau's Bakery on Leicester Road for nineteen years. I want the court to understand what the last few months have been like for us. Mr Hewitt lives in the flat above the launderette next door. Since the spring, whenever he sees me putting the bread trays out in the morning, he says something. He calls me 'Shylock'. He says 'money-grabbing Jew'. Once he asked me why I don't 'go back to Israel where you belong' - I was born in Salford. Sometimes it is every day for a week, then nothing, then it starts again. He has never threatened to hurt me and I am not afraid of him physically. But it has changed things. My children used to come past the shop on their way to school to say good morning. I have told them to go the other way, round by the park, so they do not hear him. I no longer wear my kippah outside the shop; I put on a cap. I should not have to hide who I am on my own street.""",
    spans=[
        ("REPETITION", "Since the spring"),
        ("RELIGIOUS_HOSTILITY", "He calls me 'Shylock'"),
        ("RELIGIOUS_HOSTILITY", "money-grabbing Jew"),
        ("RACIAL_HOSTILITY", "go back to Israel where you belong"),
        ("REPETITION", "every day for a week"),
        ("SERIOUS_IMPACT", "I have told them to go the other way, round by the park"),
        ("SERIOUS_IMPACT", "I no longer wear my kippah outside the shop"),
        ("DISTRESS", "I should not have to hide who I am on my own street"),
    ],
)

case(
    19, "harassment", "C",
    voice="updates", case="inconsistent", noise="abbrev", batch="ud",
    pattern="sacked_worker_sends_friends_into_cash_and_carry_to_abuse_manager_over_wages", relationship="colleague", occasions=3,
    text="""\
Upd 1 (PC 4410) - IP SHAFIQ RAHMAN, manager of Rahman Bros cash & carry, Dock St. SUSP CONNOR HALE was sacked 3 wks ago for till shortages, says he is owed £600 wages & holiday pay. Hale has not come in himself but on 3 occasions (30/5, 2/6, 6/6) groups of 2-3 lads have come in, asked for 'the manager', told IP to 'pay Connor what he's owed you thieving b*****d' and filmed him on their phones. on 6/6 one of them knocked a box of crisps off the counter. One lad (ID'd on CCTV as Hale's cousin JORDAN HALE) told staff 'Connor sent us'. IP NOT SCARED but fed up, says it's embarrassing in front of customers. no racial comments made.
UPD 2 - SUSP Hale spoken to on phone, admits asking his mates to 'have a word', denies telling them to abuse anyone. IP has referred wages issue to ACAS. VA interview booked 14/6.""",
    spans=[
        ("REPETITION", "on 3 occasions (30/5, 2/6, 6/6)"),
        ("STALK_CONTACT", "told IP to 'pay Connor what he's owed you thieving b*****d'"),
        ("UNWANTED", "filmed him on their phones"),
        ("UNWANTED", "knocked a box of crisps off the counter"),
        ("UNWANTED", "admits asking his mates to 'have a word'"),
        ("DISTRESS", "fed up, says it's embarrassing in front of customers"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="notebook", case="upper", noise="abbrev", batch="ud",
    pattern="ex_husband_breaches_restraining_order_at_temple_navratri_she_moves_and_is_signed_off", relationship="ex_partner", occasions=3,
    text="""\
PNB 17/10 1915HRS. ATT SHREE GANESH TEMPLE, WELLINGTON ST, DURING NAVRATRI EVENT. IP PRIYA PATEL (DOB 03/02/91) POINTED OUT EX-HUSBAND VIKRAM PATEL STANDING NEAR THE ENTRANCE. HE IS SUBJECT OF A RESTRAINING ORDER (HARROW CROWN CT 06/08) - NOT TO CONTACT IP OR GO TO HER HOME, WORK OR ANY PLACE HE KNOWS HER TO BE. IP STATES THIS IS THE 3RD TIME SINCE THE ORDER: 19/09 SAT IN HIS CAR OUTSIDE HER WORK (DENTAL SURGERY, STATION RD); 02/10 AT THE END OF HER PARENTS' ROAD; NOW HERE. NO WORDS SPOKEN ANY OCCASION, JUST STANDS AND LOOKS AT HER. IP HAS MOVED BACK INTO HER PARENTS' HOUSE SINCE 19/09 AND IS SIGNED OFF WORK BY HER GP WITH STRESS. SUSP ARRESTED 1932 BREACH OF RO, NO REPLY. CONVEYED TO CUSTODY.""",
    spans=[
        ("STALK_LOITER", "STANDING NEAR THE ENTRANCE"),
        ("REPETITION", "THE 3RD TIME SINCE THE ORDER"),
        ("STALK_LOITER", "SAT IN HIS CAR OUTSIDE HER WORK"),
        ("STALK_TURN_UP", "AT THE END OF HER PARENTS' ROAD"),
        ("STALK_WATCH", "JUST STANDS AND LOOKS AT HER"),
        ("SERIOUS_IMPACT", "MOVED BACK INTO HER PARENTS' HOUSE"),
        ("SERIOUS_IMPACT", "SIGNED OFF WORK BY HER GP WITH STRESS"),
    ],
)

case(
    21, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="typos", batch="ud",
    pattern="facebook_page_owner_publishes_about_mosque_chair_and_films_her_at_open_day", relationship="online", occasions=17,
    text="""\
Crime summery. Victim Dr Nasreen Akhtar is chair of the Eastfield Islamic Centre trust and a local GP. Suspect Brian Tolland runs a facebook page called 'Eastfield Patriots'. Since Febuary he has posted about her at least 15 times, using her photo from the surgery website, calling her 'the Sharia doctor', saying Muslims like her 'should be deported not let near our kids', and sharing the address of her surgery. He turned up at the mosque open day on 9/3 and filmed her while she gave a tour, then posted the video captioned 'inside the enemy camp'. He also coments on every post the Islamic Centre puts on its own page, tagging her in. Victim says she is not frightened of him and will not be 'bullied out of my own community', and has carried on as normal, but she is angry and exausted by it. No threats made.""",
    spans=[
        ("REPETITION", "Since Febuary"),
        ("STALK_PUBLISH", "posted about her at least 15 times"),
        ("RELIGIOUS_HOSTILITY", "calling her 'the Sharia doctor'"),
        ("RELIGIOUS_HOSTILITY", "should be deported not let near our kids"),
        ("STALK_PUBLISH", "sharing the address of her surgery"),
        ("STALK_TURN_UP", "turned up at the mosque open day on 9/3"),
        ("STALK_WATCH", "filmed her while she gave a tour"),
        ("RELIGIOUS_HOSTILITY", "inside the enemy camp"),
        ("STALK_CONTACT", "coments on every post the Islamic Centre puts on its own page, tagging her in"),
        ("DISTRESS", "angry and exausted by it"),
    ],
)

case(
    22, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="ud",
    pattern="landlord_rent_arrears_letters_and_enforcement_visit_to_takeaway", relationship="landlord", occasions=5,
    text="""\
RESULT - NFA, civil matter. IP Mr Emre Yilmaz (Anatolia Pizza & Kebab) reported harassment by his landlord Mr Philip Grainger of Grainger Estates. Enquiries: IP is 4 months behind on rent (£7,200). Landlord has sent 3 arrears letters (copies seen - polite, standard wording), one notice via solicitor, and on 14/8 instructed certificated enforcement agents, who attended with the correct paperwork and left once IP paid £1,000. IP feels he is being picked on because he is Turkish; nothing in the letters, phone calls or the enforcement visit mentions his nationality and he accepts no one has said anything like that, he just 'feels it'. Landlord not abusive, every contact has been about recovering the rent. IP signposted to Citizens Advice and business rent support.""",
    spans=[],
)

case(
    23, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="clean", batch="ud",
    pattern="granthi_threatened_by_phone_then_at_gurdwara_gates_stops_opening_alone", relationship="stranger", occasions=2,
    text="""\
I am the granthi at Gurdwara Sahib Dashmesh Darbar on Coventry Road and I live in the house beside it. On Thursday 8th August at about 9pm the gurdwara telephone rang and I answered it. A man with a local accent said 'you lot with your rags on your heads, we are coming for you, I'll stab you myself'. Then he put the phone down. On Saturday 10th August at about 6.30 in the morning I was unlocking the gates when a white man in a grey tracksuit walked up to the railings and said 'morning Bin Laden'. Then he said 'remember what I said on the phone, it's you first'. I knew the voice. I went inside and locked the door. I am frightened. I believe this man wants to kill me because I am a Sikh and I wear a turban. Now I do not open the gates on my own any more; I wait inside until the sevadars arrive.""",
    spans=[
        ("RACIAL_HOSTILITY", "you lot with your rags on your heads"),
        ("THREAT_VIOLENCE", "we are coming for you, I'll stab you myself"),
        ("RELIGIOUS_HOSTILITY", "morning Bin Laden"),
        ("THREAT_VIOLENCE", "remember what I said on the phone, it's you first"),
        ("FEAR_OF_VIOLENCE", "I am frightened"),
        ("FEAR_OF_VIOLENCE", "I believe this man wants to kill me"),
        ("SERIOUS_IMPACT", "I do not open the gates on my own any more"),
    ],
)

case(
    24, "harassment_fear_of_violence", "CF",
    voice="third_party", case="mixed", noise="clean", batch="ud",
    pattern="teenagers_mock_and_threaten_disabled_volunteer_at_church_hall", relationship="stranger", occasions=6,
    text="""\
Report made by Sandra Kelly, support worker, for Daniel Hughes (29). Daniel has a learning disability and volunteers setting out chairs at St Anne's Community Hall on Mondays and Thursdays. Over the last month a group of teenage boys who hang around on the hall steps have picked on him every time he arrives. They call him 'spastic' and 'retard' and copy the way he talks. Last Thursday one of them, who Daniel knows as 'Mikey', said he would 'kick his head in' if he came back. On Monday the same boy shoved him against the wall by the door and said 'told you, next time you're getting hurt'. Daniel is very frightened. He told me he thinks they are going to beat him up and he keeps asking me whether they will be there. Nothing has been said about his race or religion - it is all about his disability.""",
    spans=[
        ("REPETITION", "Over the last month"),
        ("UNWANTED", "picked on him every time he arrives"),
        ("UNWANTED", "copy the way he talks"),
        ("THREAT_VIOLENCE", "said he would 'kick his head in' if he came back"),
        ("ESCALATION", "shoved him against the wall by the door"),
        ("THREAT_VIOLENCE", "told you, next time you're getting hurt"),
        ("FEAR_OF_VIOLENCE", "Daniel is very frightened"),
        ("FEAR_OF_VIOLENCE", "he thinks they are going to beat him up"),
    ],
)

case(
    25, "stalking", "CS",
    voice="call_log", case="lower", noise="abbrev", batch="ud",
    pattern="takeaway_customer_fixated_on_young_server_waits_at_bus_stop_instagram_messages", relationship="customer", occasions=20,
    text="""\
call from w1 mr farid osmani, owner of peri hut chicken takeaway, high st. worried about staff member ip zainab (19) who works evenings. male customer known as 'ricky', 40s, has been coming in every night for about 3 wks, orders chips and sits in the window up to 2 hrs looking at ip. asks other staff what time she finishes. twice been waiting at the bus stop opposite when she leaves and got on her bus. has found her on instagram, sends messages most days saying shes beautiful, he likes her in her hijab, wants to take her out. ip said no and blocked him, he made a new account and carried on. ip told w1 she 'isnt bothered' and doesnt want police, w1 still worried. no threats. advised. npt to call ip back.""",
    spans=[
        ("STALK_TURN_UP", "has been coming in every night for about 3 wks"),
        ("STALK_WATCH", "sits in the window up to 2 hrs looking at ip"),
        ("STALK_MONITOR", "asks other staff what time she finishes"),
        ("STALK_LOITER", "waiting at the bus stop opposite when she leaves"),
        ("STALK_FOLLOW", "got on her bus"),
        ("STALK_CONTACT", "sends messages most days"),
        ("FIXATION", "wants to take her out"),
        ("UNWANTED", "ip said no and blocked him"),
        ("FIXATION", "he made a new account and carried on"),
    ],
)

case(
    26, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="mixed", noise="clean", batch="ud",
    pattern="aggrieved_former_parishioner_racist_letters_following_and_arson_threats_priest_leaves_presbytery", relationship="acquaintance", occasions=16,
    text="""\
CRIME SUMMARY
Victim: Fr Emmanuel Okonkwo, 44, parish priest of Our Lady of Lourdes RC church, Thornbury. Lives in the presbytery joined to the church. Born in Nigeria, in the UK fifteen years.
Suspect: Stephen John BARLOW, 56, of Thornbury. Former parishioner. Stopped attending in 2022 after his complaint to the diocese about Fr Okonkwo's appointment was not upheld.
Chronology (victim's account, diocese records, CCTV):
- January to March: Barlow wrote at least 11 letters to the presbytery, unsigned but since admitted, saying the parish had been 'handed to an African', that Fr Okonkwo should 'go back to the jungle' and that 'real Catholics' did not want him.
- From March: Barlow began attending 9am Mass most weekdays, sitting at the back, leaving before Communion, and photographing Fr Okonkwo on his phone as he came out of the sacristy.
- 14 April: followed the victim on foot from the church to the Co-op and back, about 20 metres behind, and said as he passed 'your days are numbered here, monkey'.
- 2 May: letter through the presbytery door: 'I know which window is your bedroom. One night you'll wake up to a fire.'
- 19 May: approached the victim in the car park after a parishioner's funeral and said quietly 'I meant what I wrote, I'll finish you'.
Effect: Fr Okonkwo says he is afraid he will be attacked or the presbytery set alight with him in it. With the bishop's agreement he moved out of the presbytery on 21 May and is living with a fellow priest in the next parish. He no longer says the early weekday Mass alone; a second priest or a steward is always present. Smoke alarms and CCTV fitted by the diocese.
Suspect arrested 22/05. In interview admits the letters, 'to make a point', denies any threat. Racial aggravation shown by the wording of the letters and the words used on 14/04.""",
    spans=[
        ("STALK_CONTACT", "wrote at least 11 letters to the presbytery"),
        ("RACIAL_HOSTILITY", "handed to an African"),
        ("RACIAL_HOSTILITY", "go back to the jungle"),
        ("STALK_TURN_UP", "began attending 9am Mass most weekdays"),
        ("STALK_WATCH", "photographing Fr Okonkwo on his phone as he came out of the sacristy"),
        ("STALK_FOLLOW", "followed the victim on foot from the church to the Co-op and back"),
        ("THREAT_VIOLENCE", "your days are numbered here"),
        ("RACIAL_HOSTILITY", "monkey"),
        ("STALK_MONITOR", "I know which window is your bedroom."),
        ("THREAT_VIOLENCE", "One night you'll wake up to a fire."),
        ("THREAT_VIOLENCE", "I meant what I wrote, I'll finish you"),
        ("FEAR_OF_VIOLENCE", "afraid he will be attacked or the presbytery set alight with him in it"),
        ("SERIOUS_IMPACT", "moved out of the presbytery on 21 May"),
        ("SERIOUS_IMPACT", "He no longer says the early weekday Mass alone"),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="ud",
    pattern="barred_shoplifter_anti_polish_abuse_at_deli_door_threat_to_son_only", relationship="customer", occasions=6,
    text="""\
12/01 Upd. IP Mrs Agnieszka Nowak, owner of 'Polskie Delikatesy', Gorse Rd. SUSP Darren Wilde, local, barred from the shop in Nov for shoplifting. Since mid-Dec SUSP has come to the shop door 5 or 6 times, usually afternoons, and shouted in at IP 'f*** off back to Poland', 'you Polish scroungers are taking over the street' and 'Eastern European trash'. On 09/01 he added 'tell that son of yours I'll be waiting for him, I'll batter him'. IP's son Tomasz (17) helps in the shop on Saturdays. IP says she is not afraid of Wilde for herself - 'he is a coward with women' - but is worried for Tomasz. Tomasz not yet spoken to (at college). Door camera has 2 of the occasions, audio on one. Next: statement from Tomasz, PNC for Wilde (previous for s.5 POA).""",
    spans=[
        ("REPETITION", "Since mid-Dec"),
        ("REPETITION", "5 or 6 times"),
        ("RACIAL_HOSTILITY", "f*** off back to Poland"),
        ("RACIAL_HOSTILITY", "you Polish scroungers are taking over the street"),
        ("RACIAL_HOSTILITY", "Eastern European trash"),
        ("DISTRESS", "worried for Tomasz"),
    ],
)

case(
    28, "harassment", "C",
    voice="mo_field", case="upper", noise="abbrev", batch="ud",
    pattern="barred_customer_returns_to_shout_at_off_licence_owner_distress_only", relationship="customer", occasions=4,
    text="""\
SUSP BARRED FROM OFFIE OVER CREDIT. BACK 4 OCCS IN 10 DAYS SHOUTING FROM DOORWAY AT IP (SIKH, 60S), CALLS HIM A CROOK. NO RACIAL/RELIGIOUS REF, NO THREATS. IP UPSET, NOT SLEEPING, STILL OPENING.""",
    spans=[
        ("REPETITION", "4 OCCS IN 10 DAYS"),
        ("UNWANTED", "SHOUTING FROM DOORWAY AT IP"),
        ("UNWANTED", "CALLS HIM A CROOK"),
        ("DISTRESS", "IP UPSET, NOT SLEEPING"),
    ],
)

case(
    29, "aggravated_harassment_fear_of_violence", "CFR",
    voice="supervisor_review", case="mixed", noise="clean", batch="ud",
    pattern="two_racist_letters_threatening_to_burn_pentecostal_pastor", relationship="stranger", occasions=2,
    text="""\
Review - Insp 0452. Two letters received by Pastor Grace Adeyemi at New Covenant Pentecostal Church, Canal St, on 3 Sept and 17 Sept, both posted, same handwriting. The first is racist abuse throughout - 'African witch doctors', 'your jungle church' - and ends 'we'll torch the place with you inside it'. The second reads 'You didn't listen. Next Sunday you won't walk out of there.' Pastor Adeyemi states she is frightened for her own safety, finds herself looking over her shoulder, and believes the writer means to hurt her. She is still leading services (police presence arranged for Sunday mornings). Two letters a fortnight apart from the same hand, each with a threat: satisfied this is correctly recorded. Forensic submission of letters and envelopes authorised. Hate crime officer to make contact with the pastor this week.""",
    spans=[
        ("STALK_CONTACT", "Two letters received by Pastor Grace Adeyemi"),
        ("REPETITION", "on 3 Sept and 17 Sept"),
        ("RACIAL_HOSTILITY", "African witch doctors"),
        ("RACIAL_HOSTILITY", "your jungle church"),
        ("THREAT_VIOLENCE", "we'll torch the place with you inside it"),
        ("THREAT_VIOLENCE", "Next Sunday you won't walk out of there."),
        ("FEAR_OF_VIOLENCE", "frightened for her own safety"),
        ("DISTRESS", "looking over her shoulder"),
        ("FEAR_OF_VIOLENCE", "believes the writer means to hurt her"),
    ],
)

case(
    30, "stalking_fear_alarm_distress", "CSF",
    voice="victim_diary", case="mixed", noise="clean", batch="ud",
    pattern="alpha_course_attendee_fixated_on_group_leader_two_threats_she_is_scared", relationship="acquaintance", occasions=6,
    text="""\
Monday 4 March. Alpha course at St Luke's again. Martin sat right next to me even though I'd moved seats. Afterwards he was outside the church hall waiting and asked if I'd go for dinner with him. I said no, like I said last week and the week before. He said 'you'll change your mind, God put you in my path'.
Wednesday 6 March. Six texts from him today. He knows I'm going to my sister's on Thursday - I never told him that.
Thursday 7 March. His car was parked at the end of Jo's road when I came out.
Monday 11 March. Didn't want to go but I'm leading the discussion group. He cornered me by the coat pegs and said 'if you keep pushing me away I don't know what I'll do to you'. I'm scared of him now, properly scared.
Saturday 16 March. Note through my door: 'You can't hide from me. I'd rather hurt you than lose you.' Rang 999. I really believe he's going to hurt me.""",
    spans=[
        ("UNWANTED", "sat right next to me even though I'd moved seats"),
        ("STALK_LOITER", "outside the church hall waiting"),
        ("UNWANTED", "I said no, like I said last week and the week before"),
        ("FIXATION", "God put you in my path"),
        ("STALK_CONTACT", "Six texts from him today"),
        ("STALK_MONITOR", "He knows I'm going to my sister's on Thursday"),
        ("STALK_LOITER", "His car was parked at the end of Jo's road"),
        ("THREAT_VIOLENCE", "if you keep pushing me away I don't know what I'll do to you"),
        ("FEAR_OF_VIOLENCE", "I'm scared of him now, properly scared"),
        ("STALK_CONTACT", "Note through my door"),
        ("THREAT_VIOLENCE", "I'd rather hurt you than lose you."),
        ("FEAR_OF_VIOLENCE", "I really believe he's going to hurt me"),
    ],
)

case(
    31, "no_offence", "",
    voice="notebook", case="lower", noise="typos", batch="ud",
    pattern="cousins_in_family_takeaway_threat_in_january_reconciled_at_eid_new_row_july", relationship="family", occasions=2,
    text="""\
pnb 22/07 1410. spoke to ip rashid miah at the family takeaway 'spice garden', bridge st. states his cousin jamal miah came in yesterday and they argued about the business (both have shares, left to them by ip's late father). jamal said 'i'll smash your face in' and walked out. ip says the same thing happend back in january, jamal threatned him over the accounts, but they made it up at eid in april - shook hands, had a family meal - and were getting on fine untill yesterdays row. nothing in between. ip not really worried, 'hes all talk', wants it on record for the family. advised re civil route for business dispute. recorded as incident only.""",
    spans=[
        ("THREAT_VIOLENCE", "i'll smash your face in"),
        ("THREAT_VIOLENCE", "jamal threatned him over the accounts"),
    ],
)

case(
    32, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="abbrev", batch="ud",
    pattern="ex_boyfriend_racist_messages_about_her_family_and_turning_up_at_family_shop", relationship="ex_partner", occasions=25,
    text="""\
DASH completed - STANDARD (8 ticks). IP Sana Malik, 26. SUSP ex-bf Ryan Cooke, 28, together 2 yrs, ended by IP 3/10.
Q abuse getting worse - yes.
Q constantly texts/calls/contacts - yes: 20-30 msgs a day since the split, begging her to come back, then when ignored abuse about her family - 'ur dad is a p*** who hates white people', 'go marry ur cousin like ur meant to'.
Turned up at her family's corner shop (Malik Stores) on 12/10, 15/10 and 19/10, stood at the counter asking for her until her brother made him leave. Has been seen parked outside her flat late at night.
Q threats to kill - no.
Q is IP frightened - 'not of him hurting me, I'm just sick of it'. Upset and crying during the DASH. No change to her routine, still at work.
Q children/pregnant - no.""",
    spans=[
        ("STALK_CONTACT", "20-30 msgs a day since the split"),
        ("FIXATION", "begging her to come back"),
        ("RACIAL_HOSTILITY", "ur dad is a p*** who hates white people"),
        ("RACIAL_HOSTILITY", "go marry ur cousin like ur meant to"),
        ("STALK_TURN_UP", "Turned up at her family's corner shop"),
        ("REPETITION", "on 12/10, 15/10 and 19/10"),
        ("STALK_LOITER", "parked outside her flat late at night"),
        ("DISTRESS", "Upset and crying during the DASH"),
    ],
)

case(
    33, "harassment", "C",
    voice="updates", case="mixed", noise="typos", batch="ud",
    pattern="rival_halal_butcher_repeatedly_disrupts_shop_one_threat_victim_unafraid", relationship="business", occasions=4,
    text="""\
Update 3 - 28/03. IP Mr Haroon Siddiqui, owner of Crescent Halal Butchers, Moss Lane. SUSP Imran Baig runs the other halal butcher three doors down; they fell out when IP started undercutting his prices. Statments from IP and 2 staff show SUSP has come into IP's shop on 7, 12, 19 and 26 March, each time shouting in front of customers that IP sells 'dodgy meat' and is 'robbing the community'. On 19/3 he pushed a tray of chicken off the counter. On 26/3 he said 'carry on and I'll knock you out'. IP told me he isnt scared of Baig at all, 'he's an old man', it's the shouting in front of his customers that bothers him. Both men attend the same masjid; nothing religious or racial in any of it, it's about trade. Plan - VA interview SUSP, CCTV from 19/3 requested.""",
    spans=[
        ("REPETITION", "on 7, 12, 19 and 26 March"),
        ("UNWANTED", "shouting in front of customers that IP sells 'dodgy meat'"),
        ("ESCALATION", "pushed a tray of chicken off the counter"),
        ("THREAT_VIOLENCE", "carry on and I'll knock you out"),
        ("DISTRESS", "the shouting in front of his customers that bothers him"),
    ],
)

case(
    34, "stalking_fear_alarm_distress", "CSFD",
    voice="crime_summary", case="upper", noise="abbrev", batch="ud",
    pattern="regular_customer_fixated_on_post_office_counter_clerk_threats_she_changes_shifts", relationship="customer", occasions=8,
    text="""\
SUMMARY: IP KERRY DOYLE (24) WORKS THE COUNTER AT THE SUB-POST OFFICE INSIDE SINGH'S NEWSAGENTS, MILL LANE. SUSP ALAN PRICE (61), REGULAR CUSTOMER. FROM AUG SUSP ATTENDED DAILY, ALWAYS LET OTHERS GO AHEAD SO HE GOT IP'S POSITION, LEFT CHOCS AND CARDS ('MY ANGEL'), FOUND IP ON FB AND MSG'D REPEATEDLY. IP TOLD HIM TO STOP ON 02/09. 09/09 SUSP FOLLOWED IP TO HER CAR AFTER WORK SAYING 'YOU'LL GET A SLAP FOR MUGGING ME OFF'. 23/09 WAITING BY HER CAR AGAIN, SAID 'I COULD HURT YOU AND NO ONE WOULD KNOW'. IP IN FEAR, THINKS HE WILL ATTACK HER. IP HAS SWAPPED TO MORNING SHIFTS ONLY AND HER DAD NOW DRIVES HER TO AND FROM WORK. SHOP OWNER MR SINGH HAS BARRED SUSP.""",
    spans=[
        ("STALK_TURN_UP", "SUSP ATTENDED DAILY"),
        ("FIXATION", "ALWAYS LET OTHERS GO AHEAD SO HE GOT IP'S POSITION"),
        ("STALK_GIFTS", "LEFT CHOCS AND CARDS ('MY ANGEL')"),
        ("STALK_CONTACT", "FOUND IP ON FB AND MSG'D REPEATEDLY"),
        ("UNWANTED", "IP TOLD HIM TO STOP ON 02/09"),
        ("STALK_FOLLOW", "SUSP FOLLOWED IP TO HER CAR AFTER WORK"),
        ("THREAT_VIOLENCE", "YOU'LL GET A SLAP FOR MUGGING ME OFF"),
        ("STALK_LOITER", "WAITING BY HER CAR AGAIN"),
        ("THREAT_VIOLENCE", "I COULD HURT YOU AND NO ONE WOULD KNOW"),
        ("FEAR_OF_VIOLENCE", "THINKS HE WILL ATTACK HER"),
        ("SERIOUS_IMPACT", "SWAPPED TO MORNING SHIFTS ONLY"),
        ("SERIOUS_IMPACT", "HER DAD NOW DRIVES HER TO AND FROM WORK"),
    ],
)

case(
    35, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="call_log", case="mixed", noise="abbrev", batch="ud",
    pattern="woman_in_niqab_followed_and_filmed_home_from_isha_prayers_stops_going_out", relationship="stranger", occasions=6,
    text="""\
1940hrs. Caller Mr Abdirahman Farah on behalf of his wife IP Hodan Farah (limited English, present with him). IP wears niqab, goes to Isha prayers at Al-Furqan mosque, Beech Rd, 5 min walk from home. Since approx the 1st of the month a WM 30s in a black cap has been waiting outside the bookies opposite the mosque and following her home, filming her on his phone and shouting 'take that bin bag off', 'ninja', 'ISIS bride'. Caller says 5 or 6 times now. Tonight he followed her right up to their front gate. IP has stopped going to evening prayers at all since last week and only goes out in daylight with husband or her sister. No threats made to her. IP very distressed, can hear her crying in background. Male believed to live in the flats above the bookies. Grade 2, units to attend.""",
    spans=[
        ("REPETITION", "Since approx the 1st of the month"),
        ("STALK_LOITER", "waiting outside the bookies opposite the mosque"),
        ("STALK_FOLLOW", "following her home"),
        ("STALK_WATCH", "filming her on his phone"),
        ("RELIGIOUS_HOSTILITY", "take that bin bag off"),
        ("RELIGIOUS_HOSTILITY", "ninja"),
        ("RELIGIOUS_HOSTILITY", "ISIS bride"),
        ("REPETITION", "5 or 6 times now"),
        ("ESCALATION", "followed her right up to their front gate"),
        ("SERIOUS_IMPACT", "stopped going to evening prayers at all"),
        ("SERIOUS_IMPACT", "only goes out in daylight with husband or her sister"),
        ("DISTRESS", "IP very distressed"),
    ],
)

case(
    36, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="lower", noise="typos", batch="ud",
    pattern="local_youth_anti_romanian_abuse_and_knife_threats_at_mini_market", relationship="stranger", occasions=3,
    text="""\
pnb 03/05 2105 - att mini market carpati, 41 tennyson st re ongoing probs. ip florin dumitru (owner) and wife. states group of lads incl susp1 callum reid (known) have come in 3 times in 2 wks. 20/04 reid said 'thieving romanian gyppos' and 'we'll cut you up if you dont shut this dump'. 27/04 lads threw cans at the shop window, reid shouted 'dirty romanians'. tonight 2040 reid came to the counter and said 'last warning, were coming back with blades for you'. ip states he is very frightend, beleives they will stab him, has young family living upstairs. wife also scared. cctv viewed at scene - reid clearly seen tonight. reid located on tennyson st and arrested 2120, racially agg harrassment.""",
    spans=[
        ("REPETITION", "3 times in 2 wks"),
        ("RACIAL_HOSTILITY", "thieving romanian gyppos"),
        ("THREAT_VIOLENCE", "we'll cut you up if you dont shut this dump"),
        ("UNWANTED", "threw cans at the shop window"),
        ("RACIAL_HOSTILITY", "dirty romanians"),
        ("THREAT_VIOLENCE", "last warning, were coming back with blades for you"),
        ("FEAR_OF_VIOLENCE", "ip states he is very frightend"),
        ("FEAR_OF_VIOLENCE", "beleives they will stab him"),
    ],
)

case(
    37, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="clean", batch="ud",
    pattern="customer_owing_shop_tab_threatens_young_till_worker_twice", relationship="customer", occasions=2,
    text="""\
CALLER IS A CUSTOMER, W1 MRS JOAN PEARCE, AT THE HAPPY SHOPPER, 3 STATION PARADE. SAYS A MAN IN A RED JACKET HAS JUST THREATENED THE ASIAN LAD ON THE TILL. SPOKE TO STAFF MEMBER IP AMIR HAQ (21): SUSP IS MICHAEL TOOLE, WHO OWES THE SHOP £85 ON HIS TAB. IP ASKED HIM FOR IT LAST WEEK AND TOOLE SAID 'ASK AGAIN AND I'LL GLASS YOU'. TODAY IP ASKED AGAIN AND TOOLE PICKED UP A BOTTLE OF WINE AND SAID 'I'LL DO YOU IN'. IP STATES HE IS SCARED TOOLE WILL COME BACK AND HURT HIM. NO RACIAL WORDS USED PER IP AND W1. SUSP LEFT TOWARDS THE BUS STATION. UNITS TO ATTEND.""",
    spans=[
        ("THREAT_VIOLENCE", "ASK AGAIN AND I'LL GLASS YOU"),
        ("ESCALATION", "PICKED UP A BOTTLE OF WINE"),
        ("THREAT_VIOLENCE", "I'LL DO YOU IN"),
        ("FEAR_OF_VIOLENCE", "SCARED TOOLE WILL COME BACK AND HURT HIM"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="ud",
    pattern="banned_lunch_club_member_fixated_on_imam_religious_abuse_one_veiled_threat_no_fear", relationship="neighbour", occasions=40,
    text="""\
Sgt review 15/11. Vic Imam Yusuf Qadri of Madni Masjid, Clifton St. Susp Trevor Hamblin, 52, lives by the masjid car park, banned from the community hall lunch club in the summer after a row with volunteers. Since Aug: 30+ voicemails & WhatsApps to the Imam calling him 'mullah scum', saying 'your religion is a death cult' and that the call to prayer is 'jungle noise'; parks outside the Imam's house most evenings (neighbour's doorbell cam confirms 9 dates); turned up at the Imam's children's madrassah class twice; set up a WhatsApp group with about 60 members circulating the Imam's home address and photos of his car. One msg on 2/11: 'someone will shut your mouth for good'. Imam states he is not frightened - 'this man is troubled, I pray for him' - and has changed nothing. Agree stalking, religiously aggravated. Action: arrest, seize phone, WhatsApp group admin details.""",
    spans=[
        ("REPETITION", "Since Aug"),
        ("STALK_CONTACT", "30+ voicemails & WhatsApps to the Imam"),
        ("RELIGIOUS_HOSTILITY", "calling him 'mullah scum'"),
        ("RELIGIOUS_HOSTILITY", "your religion is a death cult"),
        ("RELIGIOUS_HOSTILITY", "jungle noise"),
        ("STALK_LOITER", "parks outside the Imam's house most evenings"),
        ("STALK_TURN_UP", "turned up at the Imam's children's madrassah class twice"),
        ("STALK_PUBLISH", "set up a WhatsApp group with about 60 members circulating the Imam's home address"),
        ("THREAT_VIOLENCE", "someone will shut your mouth for good"),
    ],
)

case(
    39, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="ud",
    pattern="ex_partner_uses_sister_and_friend_to_pass_letters_and_watch_her_at_methodist_church", relationship="ex_partner", occasions=4,
    text="""\
Statement of Joanne Mensah. I was with Kofi Asante for six years. I left him in January and moved in with my mother. I go to Bethel Methodist Church on Sundays and I sing in the choir, and Kofi knows this. He is not allowed to contact me because of my non-molestation order, so now he sends other people. On 4 February his sister Abena came up to me after the service and handed me an envelope. It was a letter from Kofi saying he cannot live without me and begging me to meet him. On 11 February and 25 February she did the same thing. I told her I did not want them. On 3 March a man I know as Kofi's friend Sammy sat up in the gallery through the whole service, and when I looked up he was taking pictures of me. Afterwards my cousin heard Sammy on the phone saying 'she's in the blue coat, she's leaving now'. Kofi has never threatened me. I am not frightened he will hurt me, but I feel I cannot get away from him, not even in church.""",
    spans=[
        ("STALK_CONTACT", "handed me an envelope"),
        ("FIXATION", "saying he cannot live without me"),
        ("REPETITION", "On 11 February and 25 February she did the same thing"),
        ("UNWANTED", "I told her I did not want them"),
        ("STALK_WATCH", "taking pictures of me"),
        ("STALK_MONITOR", "she's in the blue coat, she's leaving now"),
        ("DISTRESS", "I feel I cannot get away from him, not even in church"),
    ],
)

case(
    40, "harassment_fear_of_violence", "CF",
    voice="judgment", case="mixed", noise="clean", batch="ud",
    pattern="neighbour_in_bins_and_extractor_dispute_threatens_chinese_takeaway_owner", relationship="neighbour", occasions=3,
    text="""\
The defendant, Mr Leonard Skelton, lives in the flat directly behind the Happy Wok takeaway on Fore Street, which the complainant Mr Wei Zhang runs with his wife. The dispute began over the extractor fan and the bins in the shared yard. We accept Mr Zhang's evidence, which the CCTV supports, that on 2, 9 and 21 June the defendant came to the back door of the kitchen, banged on it and shouted at Mr Zhang. On 9 June he said he would 'put your head in your own fryer', and on 21 June, with a claw hammer in his hand, he said 'next time I won't just knock'. Mr Zhang told us he was frightened that the defendant would attack him in the yard, and we believed him. We do not find that any of the words used referred to Mr Zhang's race or nationality, and the prosecution rightly did not seek to prove aggravation. The fan and the bins may be a genuine grievance; they do not excuse this. We find the charge proved.""",
    spans=[
        ("REPETITION", "on 2, 9 and 21 June"),
        ("UNWANTED", "banged on it and shouted at Mr Zhang"),
        ("THREAT_VIOLENCE", "put your head in your own fryer"),
        ("ESCALATION", "with a claw hammer in his hand"),
        ("THREAT_VIOLENCE", "next time I won't just knock"),
        ("FEAR_OF_VIOLENCE", "frightened that the defendant would attack him in the yard"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="updates", case="mixed", noise="redacted", batch="ud",
    pattern="antisemitic_letters_and_watching_rabbi_on_walk_to_shul_threats_he_is_afraid", relationship="stranger", occasions=6,
    text="""\
UPDATE 2 [DATE] - OIC DC [NAME 1]. Victim Rabbi [NAME 2] of [ADDRESS 1] Synagogue. Further letter received at his home today, the third since 10/01, same printed style: 'Jews like you will be dealt with. I see you walk to shul every Saturday.' Suspect [NAME 3] (identified on CCTV at the post box) has also been seen on two Saturdays standing on the corner of [STREET 1] as the Rabbi walks to shul, and on 27/01 followed him as far as the synagogue gates. Letter 1 (10/01): 'your kind should have been finished off'. Letter 2 (20/01): 'I will put you in the ground, rabbi'. Rabbi states he is frightened and believes this man will attack him. Family aware. Community security patrols in place. Arrest plan agreed with DS [NAME 4].""",
    spans=[
        ("STALK_CONTACT", "Further letter received at his home today"),
        ("REPETITION", "the third since 10/01"),
        ("RELIGIOUS_HOSTILITY", "Jews like you"),
        ("THREAT_VIOLENCE", "will be dealt with."),
        ("STALK_MONITOR", "I see you walk to shul every Saturday."),
        ("STALK_LOITER", "standing on the corner of [STREET 1] as the Rabbi walks to shul"),
        ("STALK_FOLLOW", "followed him as far as the synagogue gates"),
        ("RELIGIOUS_HOSTILITY", "your kind should have been finished off"),
        ("THREAT_VIOLENCE", "I will put you in the ground, rabbi"),
        ("FEAR_OF_VIOLENCE", "frightened and believes this man will attack him"),
    ],
)

case(
    42, "stalking", "CS",
    voice="statement", case="mixed", noise="typos", batch="ud",
    pattern="newsagent_customer_fixated_on_shopkeeper_wife_two_threats_she_is_not_afraid", relationship="customer", occasions=30,
    text="""\
I run the newsagents on Kirkgate with my husband Dave. Lee Dobson is a customer, he used to come in for his paper and scratchcards. Last summer he started staying longer and longer talking to me and asking me personal things. Since September he has come in every single day, sometimes three times, always when Dave is out on the delivery run so he must know our routine. He waits outside till the shop is empty before he comes in. He has left me a necklace and a birthday card, I never told him when my birthday was. He has been on my Facebook liking posts from years ago. In October I told him I am married and to stop it. He laughed and said 'you'll come round, or I'll make you'. In November when Dave barred him he said to me through the door 'I'll get you one night when your on your own'. Honestly I am not scared of him, hes a sad little man and Dave is always about, I'm more fed up than anything. I just want him to stop coming in and leave me be.""",
    spans=[
        ("FIXATION", "asking me personal things"),
        ("REPETITION", "Since September"),
        ("STALK_TURN_UP", "come in every single day, sometimes three times"),
        ("STALK_MONITOR", "always when Dave is out on the delivery run so he must know our routine"),
        ("STALK_LOITER", "He waits outside till the shop is empty"),
        ("STALK_GIFTS", "left me a necklace and a birthday card"),
        ("STALK_MONITOR", "on my Facebook liking posts from years ago"),
        ("UNWANTED", "I told him I am married and to stop it"),
        ("THREAT_VIOLENCE", "you'll come round, or I'll make you"),
        ("THREAT_VIOLENCE", "I'll get you one night when your on your own"),
    ],
)

case(
    43, "aggravated_harassment", "CR",
    voice="notebook", case="mixed", noise="abbrev", batch="ud",
    pattern="dog_walker_daily_anti_muslim_remarks_to_mosque_caretaker", relationship="stranger", occasions=20,
    text="""\
PNB 19/06 0930. Spoke to IP Mr Bashir Ahmed, caretaker at Jamia Masjid Ghausia, Queen St. States a dog walker (WM 60s, brown lab, poss lives Park View) passes the masjid most mornings approx 0700 while IP is sweeping the front. For approx 5 wks the male has made a comment each time - 'morning Abu Hamza', 'how many bombs today', 'this was a nice street before your lot'. Today he let the dog foul on the mosque steps and said 'there you go, a present for Allah'. IP says he's not bothered for himself, 'I have heard worse', never been threatened, but wants it stopped because the madrassah children arrive at 0730. Door CCTV to be checked for today. Hate crime - religious.""",
    spans=[
        ("REPETITION", "passes the masjid most mornings"),
        ("REPETITION", "For approx 5 wks"),
        ("RELIGIOUS_HOSTILITY", "morning Abu Hamza"),
        ("RELIGIOUS_HOSTILITY", "how many bombs today"),
        ("RACIAL_HOSTILITY", "this was a nice street before your lot"),
        ("UNWANTED", "let the dog foul on the mosque steps"),
        ("RELIGIOUS_HOSTILITY", "a present for Allah"),
    ],
)

case(
    44, "aggravated_stalking", "CSR",
    voice="updates", case="inconsistent", noise="heavy", batch="ud",
    pattern="local_man_watches_photographs_and_posts_racist_captions_about_refugee_dropin_coordinator", relationship="stranger", occasions=14,
    text="""\
upd1 - VIC Ms Selam TESFAYE, coordinator of refugee drop-in at Hillside Comm Centre (tues/fri). SUSP Gareth PRYCE, local, has been coming to the centre car pk on drop-in days since late Jan, sits on the wall opp the door, watches VIC arrive + leave and photographs her. posts the pics on his own FB + 'Hillside Residents Speak Out' with captions 'this is the african woman bringing illegals into our town', 'send her back with them'. has also followed VIC on 2 occ from centre to bus stn (14/2, 21/2). rang the centre 4 times asking what days she works. VIC V UPSET, crying when i spoke to her, says its afecting her sleep but she 'wont give him the satisfaction' of changing anything. no threats.
UPD2 - screenshots rec'd frm centre mgr. SUSP nk PNC. plan arrest.""",
    spans=[
        ("STALK_TURN_UP", "coming to the centre car pk on drop-in days"),
        ("REPETITION", "since late Jan"),
        ("STALK_LOITER", "sits on the wall opp the door"),
        ("STALK_WATCH", "watches VIC arrive + leave and photographs her"),
        ("STALK_PUBLISH", "posts the pics on his own FB"),
        ("RACIAL_HOSTILITY", "this is the african woman bringing illegals into our town"),
        ("RACIAL_HOSTILITY", "send her back with them"),
        ("STALK_FOLLOW", "followed VIC on 2 occ from centre to bus stn"),
        ("STALK_MONITOR", "rang the centre 4 times asking what days she works"),
        ("DISTRESS", "VIC V UPSET, crying when i spoke to her"),
        ("DISTRESS", "its afecting her sleep"),
    ],
)
