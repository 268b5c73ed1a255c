# ruff: noqa: E501
"""Hand-written narratives, writer zd: relationships and their edges (cross-allegations, mutual rows, separation, ex's new partner or family)."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="zd",
    pattern="ex_partners_new_girlfriend_abusive_instagram_messages_no_threats", relationship="acquaintance", occasions=6,
    text="""\
CALLER IS IP - MS DANIELLE ORTON. STATES SINCE SHE SPLIT FROM EX [NAME 1] IN AUG HIS NEW GF KAYLEIGH (SUSP) HAS BEEN MESSAGING HER ON INSTA AND WHATSAPP. 6 MSGS OVER LAST 2 WKS CALLING HER A SAD DESPERATE SLAG AND TELLING HER TO STOP 'SNIFFING ROUND' [NAME 1]. IP SAYS SHE HAS NOT CONTACTED EX SINCE SEPT APART FROM ONE TEXT RE HIS DOG'S VET BILL. LATEST MSG 0112 THIS MORNING. NO THREATS. IP UPSET, SAYS SHE JUST WANTS IT TO STOP, HAS SCREENSHOTS. SUSP DOES NOT KNOW WHERE IP LIVES AS FAR AS SHE KNOWS. ADVISED DO NOT REPLY, RETAIN EVIDENCE. OFFICER TO ATTEND FOR STATEMENT. CAD 0442 14/11.""",
    spans=[
        ("STALK_CONTACT", "HAS BEEN MESSAGING HER ON INSTA AND WHATSAPP"),
        ("REPETITION", "6 MSGS OVER LAST 2 WKS"),
        ("STALK_CONTACT", "CALLING HER A SAD DESPERATE SLAG"),
        ("REPETITION", "LATEST MSG 0112 THIS MORNING"),
        ("DISTRESS", "IP UPSET"),
        ("UNWANTED", "SHE JUST WANTS IT TO STOP"),
    ],
)

case(
    2, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="zd",
    pattern="ex_sits_outside_new_flat_then_appears_at_gym_victim_changes_route", relationship="ex_partner", occasions=5,
    text="""\
I am making this statement about my former partner Lewis Hanlon. We were together four years and I ended it on 3rd March this year. He moved back to his mum's in Kettering. For the first few weeks he messaged asking to talk and I said no, I was clear it was over. In April I moved into a flat on Orchard Row and I did not give him the address. On 19th April I came out at about 7.30am and his blue Astra was parked across the road. He didn't get out, he just sat there. I saw the car there again on the 22nd and the 26th. On 2nd May he was in the car park at Fitness Hub when I finished my class and he said "I only want to see you're alright." I have no idea how he knew I went there. I have since cancelled my gym membership and I now drive a different way to work through Brixworth, which adds twenty minutes. My sister has been staying with me most nights because I don't like being in the flat alone. He has never threatened me but I don't understand why he can't let go.""",
    spans=[
        ("STALK_CONTACT", "he messaged asking to talk"),
        ("UNWANTED", "I said no, I was clear it was over"),
        ("STALK_LOITER", "his blue Astra was parked across the road"),
        ("STALK_WATCH", "he just sat there"),
        ("REPETITION", "again on the 22nd and the 26th"),
        ("STALK_TURN_UP", "he was in the car park at Fitness Hub when I finished my class"),
        ("SERIOUS_IMPACT", "I have since cancelled my gym membership"),
        ("SERIOUS_IMPACT", "I now drive a different way to work through Brixworth"),
        ("SERIOUS_IMPACT", "My sister has been staying with me most nights"),
        ("FIXATION", "why he can't let go"),
    ],
)

case(
    3, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="zd",
    pattern="cross_allegations_ex_partners_mutual_texts_over_furniture", relationship="ex_partner", occasions=2,
    text="""\
Supervisor review - OIC PC 4471 Marsh. Delay in review noted - OIC on leave w/c 17/02, no risk identified in the meantime. Cross-allegations between ex-partners Gemma FAIRLIE and Aaron TULLY following breakdown of relationship in Jan. They rented 9 Foxglove Way together; AT moved to his cousin's in Rushden, GF still at the address. Previous call to that address in Nov was a parking dispute with a neighbour over a van, unrelated. GF reports AT sent abusive texts over weekend 8-9 Feb. AT attended stn same day with his own phone showing GF's msgs to him in equal terms - she called him a 'pathetic little man' and said she'd tell his employer he's a cheat, he called her a psycho and a gold digger. Both sets of msgs are part of the same back and forth about who keeps the sofa & the TV, each replying to the other within minutes, nothing either side before or since. Neither party reports fear, neither wants the other arrested, both just want it 'logged'. OIC has read both handsets in full (screenshots on file). The texts are in one thread and run in order: GF's message, AT's reply, GF's reply and so on, about 40 each way, Saturday 1900-2300 and Sunday 1800-2100. Neither started it in any meaningful sense - it starts with AT asking when he can collect the sofa and it goes downhill from both sides. There is nothing from AT to GF before 8 Feb except arrangements about the landlord's inspection, and nothing after 9 Feb at all; same for GF. I am satisfied this is a mutual exchange over two evenings, not conduct by one party directed at the other. No PHA offence either way. Both given advice re comms via a third party / mediation. NFA both. Close. Sgt 2290 Okafor.""",
    spans=[],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="typos", batch="zd",
    pattern="exs_older_brother_threatens_victim_twice_after_breakup", relationship="acquaintance", occasions=3,
    text="""\
Crime summary. The IP, Natalie Reeve (29), ended her relationship with Craig Dunmore in October after 2 yrs. The suspect is Craigs older brother Shane DUNMORE (34) who the IP knows from family do's. On 14/11 at aprox 2100 suspect rang the IP from a witheld number and said 'you've made him a mess, your going to get what's coming to you'. She hung up. On 17/11 he was in the Red Lion when she was there with friends, came over to there table and told her 'I meant what I said, you'll get a slap when your not expecting it.' Friends witnessed this (W1 Tasha BELL). In between the IP recieved 5 texts from the same number calling her a 'heartless cow'. The IP states she is genuinley frightened he will hurt her, she knows he has previous for violence. Craig himself has not contacted her and she beleives he doesn't know what his brother is doing.""",
    spans=[
        ("THREAT_VIOLENCE", "your going to get what's coming to you"),
        ("REPETITION", "I meant what I said"),
        ("THREAT_VIOLENCE", "you'll get a slap when your not expecting it"),
        ("STALK_CONTACT", "recieved 5 texts from the same number calling her a 'heartless cow'"),
        ("FEAR_OF_VIOLENCE", "genuinley frightened he will hurt her"),
    ],
)

case(
    5, "aggravated_stalking", "CSR",
    voice="updates", case="inconsistent", noise="abbrev", batch="zd",
    pattern="ex_turns_up_at_supermarket_job_anti_polish_messages_one_threat_no_fear", relationship="ex_partner", occasions=4,
    text="""\
UPDATE 03/02 1120 PC 889: spoke to vic AGNIESZKA WOJCIK by phone (no interpreter needed, vic fluent). Relationship w/ SUSP Dean ASHWORTH ended nov. SINCE then he has turned up at her work (Lidl, Carrow Rd) TWICE - 12/01 and 28/01 - stood by the tills til she came off shift.
UPDATE 03/02 1300: vic forwarded msgs. several from susp incl 'go back to poland you dirty polish tart' and 'no one wants you eastern europeans here'. One msg says 'i'll knock you out if you've got him round'. Vic says she is NOT scared of him, 'he is all mouth', laughed it off. she just wants him to leave her alone & told him so in Dec.
UPDATE 05/02 0915 SGT: ex-partner, repeated conduct post separation, turning up at workplace + msgs. Racial hostility in msgs re nationality. ONE threat only and V not in fear. crime as aggravated stalking. Arrest plan to be set.""",
    spans=[
        ("STALK_TURN_UP", "he has turned up at her work (Lidl, Carrow Rd)"),
        ("REPETITION", "TWICE - 12/01 and 28/01"),
        ("STALK_LOITER", "stood by the tills til she came off shift"),
        ("RACIAL_HOSTILITY", "go back to poland you dirty polish tart"),
        ("RACIAL_HOSTILITY", "no one wants you eastern europeans here"),
        ("THREAT_VIOLENCE", "i'll knock you out if you've got him round"),
        ("UNWANTED", "she just wants him to leave her alone & told him so in Dec"),
    ],
)

case(
    6, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="zd",
    pattern="ex_pleading_texts_flowers_letter_after_she_left_no_threats", relationship="ex_partner", occasions=5,
    text="""\
mon 4th - he text again this morning, 11 msgs before 9am. all the same stuff, 'i love you', 'please just give me 5 mins', 'i'll change i promise'. i didnt answer.
tues 5th - flowers left on the doorstep, no card but i know its him, same lilies he always got. binned them.
thurs 7th - letter through the door, 4 pages, about our holiday in crete and how we were ment to get married. he says he's not sleeping. i feel guilty reading it which is stupid.
sat 9th - 23 missed calls. blocked the number, then a new number texted 'its me pls dont block me'.
sun 10th - mum says keep writing everything down for the police. i'm not scared of him, he's never been like that, i'm just tired and i want him to accept its over. its been 7 weeks since i left.""",
    spans=[
        ("STALK_CONTACT", "he text again this morning"),
        ("REPETITION", "11 msgs before 9am"),
        ("STALK_GIFTS", "flowers left on the doorstep"),
        ("STALK_CONTACT", "letter through the door, 4 pages"),
        ("FIXATION", "how we were ment to get married"),
        ("REPETITION", "23 missed calls"),
        ("STALK_CONTACT", "a new number texted 'its me pls dont block me'"),
        ("DISTRESS", "i'm just tired"),
        ("UNWANTED", "i want him to accept its over"),
    ],
)

case(
    7, "harassment", "C",
    voice="result_note", case="mixed", noise="clean", batch="zd",
    pattern="ex_husband_texts_about_house_equity_victim_replied_once_issue_based", relationship="ex_partner", occasions=9,
    text="""\
Result: charge authorised - harassment, s.2 PHA 1997. Rationale: the suspect Martin Keogh and the IP Siobhan Keogh separated in 2023. The dispute over the equity in the former home is being handled by solicitors, and the letters from his solicitor are not relied on. Separately, between 1 and 26 June Mr Keogh sent the IP 38 texts and left 9 voicemails, every one of them about the money, calling her a thief and a liar and saying he would "make her life hell until she pays up". She asked him twice in writing to go through the solicitors. On 20 June she replied once, "you're a bully and you always were" - that single reply does not make this a mutual exchange; the rest is one-way traffic from him. The conduct is plainly about the house money and not about her as a person, so it is not put as stalking. No threats of violence. The IP says it has made her anxious and she has lost sleep. Bail: no contact save through solicitors.""",
    spans=[
        ("REPETITION", "between 1 and 26 June"),
        ("STALK_CONTACT", "sent the IP 38 texts and left 9 voicemails"),
        ("STALK_CONTACT", "calling her a thief and a liar"),
        ("UNWANTED", "She asked him twice in writing to go through the solicitors"),
        ("DISTRESS", "made her anxious and she has lost sleep"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="typos", batch="zd",
    pattern="ex_wifes_new_partner_anti_muslim_threats_at_handovers", relationship="acquaintance", occasions=3,
    text="""\
Statement of Imran CHAUDHRY. I was married to Leanne for 9 years and we have 2 kids, we divorced last year and the kids live with her. Her new partner is a man called Gary PYLE. I have contact every other weekend. On Saturday 1st March I went to pick the kids up at 10am and Pyle came out on the drive and said 'here he is, the bomber' and then 'if you come up this drive again Ill cut your throat like your lot do'. The kids were in the hall and heard it. On the 15th at the handover at McDonalds car park he got out of Leannes car and came to my window and said 'Allahs not going to help you when I get hold of you, you're dead'. Since then he has sent me 3 messages on Facebook calling me a 'muzzie nonce' and worse. I have never had a cross word with him. I am scared of him, he is a big man and I now beleive he will attack me the next time I see him.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "here he is, the bomber"),
        ("THREAT_VIOLENCE", "if you come up this drive again Ill cut your throat"),
        ("RELIGIOUS_HOSTILITY", "like your lot do"),
        ("RELIGIOUS_HOSTILITY", "Allahs not going to help you"),
        ("THREAT_VIOLENCE", "when I get hold of you, you're dead"),
        ("STALK_CONTACT", "sent me 3 messages on Facebook"),
        ("RELIGIOUS_HOSTILITY", "calling me a 'muzzie nonce'"),
        ("FEAR_OF_VIOLENCE", "I am scared of him"),
        ("FEAR_OF_VIOLENCE", "I now beleive he will attack me"),
    ],
)

case(
    9, "stalking_fear_alarm_distress", "CSF",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="zd",
    pattern="ex_follows_and_watches_threatens_twice_victim_replied_once_counter_allegation", relationship="ex_partner", occasions=6,
    text="""\
Sgt review 22/08. IP Chloe BRANNAGAN v SUSP Ryan PETTIFER (ex, sep May). Susp's solicitor has raised a counter-allegation that IP 'harassed him too' and has produced one msg from her dated 30/07 saying 'f*** off and die you creep'. I have reviewed the whole download. Between 02/06 and 19/08 susp sent IP 140+ msgs, followed her from Tesco to her mum's on 14/07, and was seen by W2 sat outside her address in his van on at least 3 nights. On 30/07 he text 'if I can't have you no one will, I'll make sure of it' and on 11/08 'you'll be sorry when I'm stood in your bedroom'. IP's one reply came straight after the 30/07 threat. It is a single reaction, not a campaign, and does not make this mutual - the course of conduct is the susp's alone. IP states she is terrified he will get in and hurt her. Stalking s.4A made out (fear of violence on 2 occasions). Counter-allegation NFA. Remand application to be considered.""",
    spans=[
        ("REPETITION", "Between 02/06 and 19/08"),
        ("STALK_CONTACT", "susp sent IP 140+ msgs"),
        ("STALK_FOLLOW", "followed her from Tesco to her mum's on 14/07"),
        ("STALK_LOITER", "sat outside her address in his van"),
        ("REPETITION", "on at least 3 nights"),
        ("THREAT_VIOLENCE", "if I can't have you no one will, I'll make sure of it"),
        ("THREAT_VIOLENCE", "you'll be sorry when I'm stood in your bedroom"),
        ("FEAR_OF_VIOLENCE", "she is terrified he will get in and hurt her"),
    ],
)

case(
    10, "no_offence", "",
    voice="dash_note", case="lower", noise="heavy", batch="zd",
    pattern="cohabiting_couple_mutual_shouting_matches_neighbour_calls", relationship="partner", occasions=3,
    text="""\
dash compltd w/ both parties seperatly. 3rd call to this addr in 6 wks, all from nbr at no.14 re shouting. ip/susp roles unclear - kerry-ann & lee together 6 yrs, live together w/ 2 dogs. both say they 'just argue loud', both admit swearing at each other, shouting match tonite over lee going to the darts. no injs, no dmg, no threats either way. kerry-ann not in fear of lee, lee not in fear of her, both v clear they dont want police involvment. no hx of one party controlling / targetting the other on pnc or prev dash. q's 1-27 mostly 'no'. risk std. advised re noise & asb. no offs disclosed. referal to relationship support offrd to both, declined by lee.""",
    spans=[],
)

case(
    11, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="crime_summary", case="mixed", noise="clean", batch="zd",
    pattern="ex_appears_everywhere_airtag_on_car_racist_messages_victim_moves_out", relationship="ex_partner", occasions=5,
    text="""\
Summary: The victim, Abena Mensah, 31, ended a two-year relationship with the suspect, Kieran Platt, 33, in January after he became jealous of her friendships. After the split he began appearing wherever she was. On 4 February he was waiting at the bus stop outside her office at 5pm; on 9 February he walked into the Caribbean restaurant where she was having dinner with a colleague and sat two tables away staring at her. On 16 February she found an Apple AirTag taped under the rear bumper of her Fiesta; it is registered to the suspect's Apple ID. His messages through February are openly racist - "no one else will want a black b***h like you" and "go back to the jungle with the other monkeys" - mixed with messages begging her to come back. The victim says she feels hunted. She has moved out of her flat to her mother's in Streatham, changed her phone number and stopped going out in the evenings. No threats of violence are recorded. Evidence: AirTag (seized, exhibit KP/1), phone download, CCTV from the restaurant requested.""",
    spans=[
        ("FIXATION", "he began appearing wherever she was"),
        ("STALK_LOITER", "he was waiting at the bus stop outside her office at 5pm"),
        ("STALK_TURN_UP", "walked into the Caribbean restaurant where she was having dinner"),
        ("STALK_WATCH", "sat two tables away staring at her"),
        ("STALK_MONITOR", "an Apple AirTag taped under the rear bumper of her Fiesta"),
        ("RACIAL_HOSTILITY", "no one else will want a black b***h like you"),
        ("RACIAL_HOSTILITY", "go back to the jungle with the other monkeys"),
        ("STALK_CONTACT", "messages begging her to come back"),
        ("DISTRESS", "she feels hunted"),
        ("SERIOUS_IMPACT", "She has moved out of her flat to her mother's in Streatham"),
        ("SERIOUS_IMPACT", "changed her phone number"),
        ("SERIOUS_IMPACT", "stopped going out in the evenings"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="abbrev", batch="zd",
    pattern="ex_three_threatening_voicemails_in_twenty_minutes_over_child_contact", relationship="ex_partner", occasions=3,
    text="""\
1942 CALLER MS TANYA FROST REPORTS EX PARTNER JORDAN FROST HAS LEFT 3 VOICEMAILS IN 20 MINS AFTER SHE TOLD HIM THE KIDS ARE NOT COMING TO HIM THIS WKEND (SON HAS CHICKENPOX). CALLER PLAYED THEM TO CALL HANDLER. VM1 1902: 'YOU CAN'T STOP ME SEEING MY KIDS, I'LL BREAK YOUR F***ING JAW'. VM2 1909: SHOUTING ABOUT CONTACT ORDER, CALLS HER A LIAR. VM3 1921: 'I'M COMING ROUND FOR THEM AND IF YOU'RE IN THE WAY YOU'LL GET HURT'. CALLER CRYING, SAYS SHE IS SCARED HE WILL TURN UP AND HIT HER, HE HAS DONE IT BEFORE (2021 DA ON SYSTEM). SEP 18 MONTHS, CONTACT VIA FAMILY COURT ORDER. NO OTHER CONTACT FROM HIM ABOUT ANYTHING BUT THE CHILDREN. KIDS IN ADDRESS. GRADED IMMEDIATE. UNITS ASSIGNED 1944.""",
    spans=[
        ("REPETITION", "3 VOICEMAILS IN 20 MINS"),
        ("THREAT_VIOLENCE", "I'LL BREAK YOUR F***ING JAW"),
        ("STALK_CONTACT", "CALLS HER A LIAR"),
        ("THREAT_VIOLENCE", "IF YOU'RE IN THE WAY YOU'LL GET HURT"),
        ("DISTRESS", "CALLER CRYING"),
        ("FEAR_OF_VIOLENCE", "SCARED HE WILL TURN UP AND HIT HER"),
    ],
)

case(
    13, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="typos", batch="zd",
    pattern="former_mother_in_law_weekly_anti_romanian_messages", relationship="family", occasions=5,
    text="""\
Report made by third party (friend of the victim) - Laura Pike. My friend Ioana Dragomir split from her husband Paul last summer. Since about November Pauls mum, Sandra, has been sending Ioana messages on Facebook messenger nearly every week. I've seen them, Ioana showed me. They say things like 'you Romanian gypsies are all the same, take what you can and run' and 'crawl back to your own country you parasite'. There was another one on Christmas day calling her a 'thieving romanian'. Ioana has never replied except once to say please stop messaging me. Sandra lives in Cornwall and has never come near her, theres no threats or anything like that, its just this constant nastyness. Ioana is really down about it and wont report it herself because she thinks nobody will care. I said I would. She has kept all the messages.""",
    spans=[
        ("STALK_CONTACT", "sending Ioana messages on Facebook messenger"),
        ("REPETITION", "nearly every week"),
        ("RACIAL_HOSTILITY", "you Romanian gypsies are all the same, take what you can and run"),
        ("RACIAL_HOSTILITY", "crawl back to your own country you parasite"),
        ("RACIAL_HOSTILITY", "calling her a 'thieving romanian'"),
        ("UNWANTED", "please stop messaging me"),
        ("REPETITION", "constant nastyness"),
        ("DISTRESS", "Ioana is really down about it"),
    ],
)

case(
    14, "stalking", "CS",
    voice="notebook", case="upper", noise="heavy", batch="zd",
    pattern="separated_husband_parks_at_end_of_close_notes_on_car_one_threat_no_fear", relationship="ex_partner", occasions=5,
    text="""\
1405 ATT 22 FERNLEIGH CL RE ONGOING. SPK W/ IP MRS J CALDWELL. EX P'NER SUSP GRAHAM CALDWELL (SEP SINCE JUNE, DIVORCE GOING THRU). IP STS SUSP HAS BEEN SEEN PARKD AT END OF CLOSE 4 X IN LAST 2 WKS, NBR CONFIRMS. LEFT HANDWRITEN NOTES UNDER WIPERS OF IP CAR X2 - 'WE CAN FIX THIS', 'I STILL WATCH OUR FILMS EVERY NITE'. NOTES SEIZD EXH PC/1 PC/2. 1 OCC ON 09/09 SUSP SHOUTD ACROSS RD 'YOU'LL GET A SMACK IF THAT BLOKE'S BEEN IN MY HOUSE'. IP STS SHE IS NOT FRIGHTND OF HIM, 'HES A CRYBABY', BUT IS FED UP + WANTS IT STOPPED, HAS TOLD HIM BY TXT NOT TO COME ROUND. NO CHANGE TO ROUTINE. IP SUPPORTIVE OF PROS. 1430 LEFT ADDR.""",
    spans=[
        ("STALK_LOITER", "SEEN PARKD AT END OF CLOSE"),
        ("REPETITION", "4 X IN LAST 2 WKS"),
        ("STALK_CONTACT", "LEFT HANDWRITEN NOTES UNDER WIPERS OF IP CAR X2"),
        ("FIXATION", "I STILL WATCH OUR FILMS EVERY NITE"),
        ("THREAT_VIOLENCE", "YOU'LL GET A SMACK IF THAT BLOKE'S BEEN IN MY HOUSE"),
        ("DISTRESS", "FED UP"),
        ("UNWANTED", "HAS TOLD HIM BY TXT NOT TO COME ROUND"),
    ],
)

case(
    15, "aggravated_stalking", "CSR",
    voice="updates", case="lower", noise="redacted", batch="zd",
    pattern="exs_new_partner_fake_accounts_watching_victim_visits_her_salon_racist_dm", relationship="acquaintance", occasions=5,
    text="""\
update 1 (10/10 0900, [OFFICER]): vic [NAME 1] reports her ex's current partner [NAME 2] has been making fake instagram accounts to view her stories. vic has blocked 7 accounts since aug, each new one follows her within days. screenshots show [NAME 2] admitting it on a mutual friend's post: 'i like to keep an eye on what the p*ki is doing'.
update 2 (12/10 1415): vic's manager at [WORKPLACE] confirms [NAME 2] came into the salon on 26/09 and 04/10, didn't book anything, stood at the desk asking staff what days vic works.
update 3 (12/10 1600): vic spoken to again. she says [NAME 2] seems obsessed with her, knows what she had for dinner from her stories. vic is 'more baffled than scared', carrying on as normal. also received 1 dm 'stay away from him you curry muncher' on 01/10. vic has had no contact with her ex since march.
update 4 (13/10, sgt [XXXX]): monitoring + turning up at work, more than one type of act, plainly fixated on vic. racially hostile language. crime aggravated stalking, no f/d.""",
    spans=[
        ("STALK_MONITOR", "making fake instagram accounts to view her stories"),
        ("REPETITION", "blocked 7 accounts since aug"),
        ("RACIAL_HOSTILITY", "i like to keep an eye on what the p*ki is doing"),
        ("STALK_TURN_UP", "came into the salon"),
        ("REPETITION", "on 26/09 and 04/10"),
        ("STALK_MONITOR", "asking staff what days vic works"),
        ("FIXATION", "seems obsessed with her"),
        ("RACIAL_HOSTILITY", "stay away from him you curry muncher"),
    ],
)

case(
    16, "harassment", "C",
    voice="mo_field", case="lower", noise="abbrev", batch="zd",
    pattern="exs_sister_blames_victim_for_breakup_messages_threat_only_to_new_boyfriend", relationship="acquaintance", occasions=4,
    text="""\
mo: sister of vic's ex msgd vic on 4 occs in march (txt/fb) calling her a 'home wrecker', blaming her for the split. 1 msg said vic's new bf 'will get his legs broke' - vic not in fear for herself. vic upset. stopped after vic asked 22/03.""",
    spans=[
        ("STALK_CONTACT", "msgd vic"),
        ("REPETITION", "on 4 occs in march"),
        ("STALK_CONTACT", "calling her a 'home wrecker'"),
        ("DISTRESS", "vic upset"),
    ],
)

case(
    17, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="abbrev", batch="zd",
    pattern="ex_girlfriends_brother_three_threats_victim_texted_back_once", relationship="acquaintance", occasions=3,
    text="""\
I'm Tomasz Bielecki, I'm 24 and I work as a chef at The Anchor. I was going out with Ellie Rourke for about a yr until we broke up in Sept, it was her decision and that's fine. Her brother Conor ROURKE never liked me. On 2 Oct he rang me at work and said if I ever speak to his sister again he'll "put me in hospital". I hadn't even spoken to her. On 6 Oct I got a text from him saying "ur a dead man walking". I was angry and I text back "bring it then" which I know was stupid, I just wanted him to leave me alone. I didn't send anything else. On 11 Oct he rang again, withheld no., and said "next time you see me I'll have a blade". Honestly I am scared he will stab me. I've had lifts home from my manager every night since and I don't walk back on my own anymore. I've had no contact with Ellie since we split.""",
    spans=[
        ("THREAT_VIOLENCE", "he'll \"put me in hospital\""),
        ("THREAT_VIOLENCE", "ur a dead man walking"),
        ("STALK_CONTACT", "he rang again, withheld no."),
        ("THREAT_VIOLENCE", "next time you see me I'll have a blade"),
        ("FEAR_OF_VIOLENCE", "I am scared he will stab me"),
        ("SERIOUS_IMPACT", "I've had lifts home from my manager every night since"),
        ("SERIOUS_IMPACT", "I don't walk back on my own anymore"),
    ],
)

case(
    18, "stalking_fear_alarm_distress", "CSF",
    voice="result_note", case="upper", noise="typos", batch="zd",
    pattern="ex_released_from_prison_breaches_restraining_order_twice_with_threats", relationship="ex_partner", occasions=2,
    text="""\
RESULT - CHARGED: STALKING INVOLVING FEAR OF VIOLENCE (S.4A) AND 2X BREACH OF RESTRAINING ORDER. SUSP LIAM O'DOWD, EX-PARTNER OF IP SARAH KEANE. RO MADE AT MAGS 14/05 (NOT TO CONTACT OR ATTEND HER ROAD). SUSP RELEASED FROM HMP 02/09. ON 06/09 HE WAS ON IP'S DOORSTEP AT 2230 BANGING ON THE DOOR SHOUTING 'YOU PUT ME AWAY, YOU'RE GETTING IT'. ON 10/09 HE WAS STOOD AT THE END OF HER ROAD WHEN SHE GOT BACK FROM WORK AND SAID 'I'LL BE BACK FOR YOU WHEN THE COPPERS ARE GONE'. IP STATES SHE IS PETRIFYED HE WILL KILL HER. SUSP ADMITS BEING THERE BOTH TIMES, SAYS HE 'JUST WANTED TO TALK ABOUT US'. REMANDED IN CUSTODY TO MAGS 12/09.""",
    spans=[
        ("STALK_TURN_UP", "HE WAS ON IP'S DOORSTEP AT 2230 BANGING ON THE DOOR"),
        ("THREAT_VIOLENCE", "YOU PUT ME AWAY, YOU'RE GETTING IT"),
        ("STALK_LOITER", "HE WAS STOOD AT THE END OF HER ROAD WHEN SHE GOT BACK FROM WORK"),
        ("THREAT_VIOLENCE", "I'LL BE BACK FOR YOU WHEN THE COPPERS ARE GONE"),
        ("FEAR_OF_VIOLENCE", "SHE IS PETRIFYED HE WILL KILL HER"),
        ("FIXATION", "JUST WANTED TO TALK ABOUT US"),
    ],
)

case(
    19, "aggravated_harassment_fear_of_violence", "CFR",
    voice="vps", case="mixed", noise="clean", batch="zd",
    pattern="partners_ex_husband_anti_sikh_calls_and_two_threats_to_burn_victim", relationship="acquaintance", occasions=4,
    text="""\
Victim personal statement - Jaswinder SANDHU. I want the court to understand what the last two months have been like. I met Kelly last year, a long time after her marriage to Wayne Bishop ended. I have never done anything to him. Since April he has phoned me at the shop over and over, calling me a "towel head", telling me to take my rag off and go back where I came from. Twice he said he would set fire to me and my turban - the first time on the phone on 12 April and the second time outside the shop on 3 May, when he walked up to me and said "I told you, I'll burn you". I am frightened of him. I believe he will try to hurt me, and I look at every car that slows down near the shop. My children ask why I am so quiet. I am a proud man and I do not like saying I am afraid, but I am.""",
    spans=[
        ("STALK_CONTACT", "he has phoned me at the shop over and over"),
        ("RELIGIOUS_HOSTILITY", "calling me a \"towel head\""),
        ("RELIGIOUS_HOSTILITY", "telling me to take my rag off"),
        ("RACIAL_HOSTILITY", "go back where I came from"),
        ("REPETITION", "Twice"),
        ("THREAT_VIOLENCE", "he would set fire to me and my turban"),
        ("THREAT_VIOLENCE", "I told you, I'll burn you"),
        ("FEAR_OF_VIOLENCE", "I am frightened of him"),
        ("FEAR_OF_VIOLENCE", "I believe he will try to hurt me"),
        ("DISTRESS", "I look at every car that slows down near the shop"),
    ],
)

case(
    20, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="judgment", case="mixed", noise="clean", batch="zd",
    pattern="ex_follows_irish_victim_from_station_anti_irish_abuse_two_threats_sentencing", relationship="ex_partner", occasions=9,
    text="""\
Sentencing remarks, HHJ Carrow. Daniel Hurst, you have pleaded guilty to racially aggravated stalking involving fear of violence. Niamh Gallagher ended your relationship in the spring of last year. You did not accept it. Over the following four months you followed her home from the train station on at least six evenings, you waited outside the nursery where she works, and you sent her messages which I have read and which are vile. You mocked her accent and her country: "thick Irish bitch", "go back to your bog". On 2 July you told her you would "put her in the canal"; on 19 July, standing at her gate, you said "one night you won't make it home". I accept her evidence that she believed you would carry those threats out. She told the court she sleeps badly and jumps at footsteps. The hostility you showed towards her because she is Irish is an aggravating feature which I must, and do, reflect in the sentence.""",
    spans=[
        ("FIXATION", "You did not accept it"),
        ("REPETITION", "Over the following four months"),
        ("STALK_FOLLOW", "you followed her home from the train station"),
        ("REPETITION", "on at least six evenings"),
        ("STALK_LOITER", "you waited outside the nursery where she works"),
        ("STALK_CONTACT", "you sent her messages"),
        ("RACIAL_HOSTILITY", "thick Irish bitch"),
        ("RACIAL_HOSTILITY", "go back to your bog"),
        ("THREAT_VIOLENCE", "you would \"put her in the canal\""),
        ("THREAT_VIOLENCE", "one night you won't make it home"),
        ("FEAR_OF_VIOLENCE", "she believed you would carry those threats out"),
        ("DISTRESS", "she sleeps badly and jumps at footsteps"),
    ],
)

case(
    21, "stalking", "CS",
    voice="third_party", case="mixed", noise="typos", batch="zd",
    pattern="ex_visits_new_workplace_with_gifts_sends_friend_with_card", relationship="ex_partner", occasions=4,
    text="""\
Witness account from Priya Nair, receptionist at Holbrook Dental. I work with Megan Fiske who started with us in January. Her ex-partner is a man called Scott. I know what he looks like because he has come into reception three times now asking for her. The first time (about 3 weeks ago) he brought her a box of chocolates and a teddy and said to tell her he was sorry. The second time he waited in the waiting room for 40 mins untill our practice manager asked him to leave. Last Tuesday a different man, who said he was 'Scott's mate Kyle', came in with a card for Megan and said Scott wanted to make sure she got it. Megan told me the card said 'your the only one for me, I won't give up on us'. She has asked Scott more than once to leave her alone. She seems on edge at work. He hasn't been threatening to any of us, hes quite polite actually.""",
    spans=[
        ("STALK_TURN_UP", "he has come into reception"),
        ("REPETITION", "three times now"),
        ("STALK_GIFTS", "brought her a box of chocolates and a teddy"),
        ("STALK_LOITER", "waited in the waiting room for 40 mins"),
        ("STALK_GIFTS", "came in with a card for Megan"),
        ("FIXATION", "I won't give up on us"),
        ("UNWANTED", "She has asked Scott more than once to leave her alone"),
        ("DISTRESS", "She seems on edge at work"),
    ],
)

case(
    22, "harassment", "C",
    voice="mo_field", case="lower", noise="abbrev", batch="zd",
    pattern="exs_new_boyfriend_homophobic_snapchats_no_threats_not_r", relationship="acquaintance", occasions=5,
    text="""\
mo: susp (current bf of vic's ex) has sent vic 20+ abusive snapchats since feb, calling him a 'dirty f****t', then moved to tiktok dms when blocked. homophobic not racial - no s.32. no threats. vic fed up, not scared.""",
    spans=[
        ("STALK_CONTACT", "has sent vic 20+ abusive snapchats"),
        ("REPETITION", "since feb"),
        ("STALK_CONTACT", "calling him a 'dirty f****t'"),
        ("STALK_CONTACT", "moved to tiktok dms when blocked"),
        ("DISTRESS", "vic fed up"),
    ],
)

case(
    23, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="zd",
    pattern="ex_girlfriends_father_texts_two_threats_to_young_man", relationship="acquaintance", occasions=3,
    text="""\
Update 1 - 14/06 PC Reid: IP Josh KELLEHER (19) reports the father of his ex-gf, Alan MORTIMER (52), is threatening him. IP & Amber M split 3 wks ago after she found msgs on his phone.
Update 2 - 15/06: IP has shown me texts from susp's no. 09/06 2240: 'You hurt my girl. I know where you live and I'll be waiting with a bat'. 12/06 0715: 'Dont think Ive forgotten, your getting your legs done'. Also 4 missed calls 12/06.
Update 3 - 15/06: IP says he is genuinely scared Alan will do him over, he's a big bloke with a temper. IP's mum confirms IP is shaken. No contact at all from Amber, who has told us she knows nothing about it.
Update 4 - 18/06: susp interviewed, admits sending, says 'any dad would'. Course of conduct, 2 threats, IP in fear. S.4 PHA. File to CPS.""",
    spans=[
        ("THREAT_VIOLENCE", "I know where you live and I'll be waiting with a bat"),
        ("REPETITION", "Dont think Ive forgotten"),
        ("THREAT_VIOLENCE", "your getting your legs done"),
        ("STALK_CONTACT", "Also 4 missed calls 12/06"),
        ("FEAR_OF_VIOLENCE", "he is genuinely scared Alan will do him over"),
        ("DISTRESS", "IP is shaken"),
    ],
)

case(
    24, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="zd",
    pattern="ex_girlfriend_chases_loan_with_racist_messages_issue_based_not_stalking", relationship="ex_partner", occasions=6,
    text="""\
Sgt review. Crime recorded as stalking - I am reclassifying. IP Ravi MENON & SUSP Stacey HILL were together 18 months, split Aug. She says she lent him £1,200 for his car and wants it back. From 03/09 to 30/09 she sent him 26 msgs and rang his work twice, every contact about the money: 'pay me what you owe you thieving curry eating c***', 'typical Indian, robbing a white girl', 'your lot never pay your debts'. No following, no turning up, nothing about getting back together or about his new life - it is all the £1,200. So although she is an ex-partner, the conduct is plainly about the debt: harassment, not stalking. The racial abuse makes it aggravated (s.32 CDA). IP not in fear - he says she's 'all talk' - and no change to his routine. Any civil claim for the money is a matter for them. Re-crime as racially aggravated harassment, OIC to interview under caution.""",
    spans=[
        ("REPETITION", "From 03/09 to 30/09"),
        ("STALK_CONTACT", "she sent him 26 msgs and rang his work twice"),
        ("RACIAL_HOSTILITY", "thieving curry eating c***"),
        ("RACIAL_HOSTILITY", "typical Indian, robbing a white girl"),
        ("RACIAL_HOSTILITY", "your lot never pay your debts"),
    ],
)

case(
    25, "no_offence", "",
    voice="result_note", case="inconsistent", noise="typos", batch="zd",
    pattern="abusive_texts_after_rows_five_months_apart_reconciled_between", relationship="partner", occasions=2,
    text="""\
RESULT: NFA - no course of conduct. IP Jade Whitlock reported 11/08 that her partner Callum Price sent her abusive texts that night after a row, calling her a 'slag' and a 'waste of space'. On review the only other incident she describes was in MARCH, when after a row he text her similar things and she went to her nans for a couple of nights. They then got back together, he moved back in in april and she says things were 'really good' all spring and summer, no msgs, no problems, until 10/08. Two incidents five months apart with a full reconcilation and months of normal relationship in between are NOT a connected course of conduct. IP upset but does not want him prosecuted, just wanted it on record. DASH - medium. safeguarding advice given, IDVA referal offered and accepted. No PHA offence.""",
    spans=[
        ("STALK_CONTACT", "sent her abusive texts that night after a row"),
        ("STALK_CONTACT", "he text her similar things"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    26, "aggravated_stalking", "CSR",
    voice="notebook", case="mixed", noise="typos", batch="zd",
    pattern="ex_husband_waits_outside_mosque_after_victim_remarries_and_converts", relationship="ex_partner", occasions=6,
    text="""\
14/01 1130 front counter. Spoke to Hannah ALI (formerly CROSS), 28. Ex-husband Jamie CROSS (sep 2 yrs, divorced). Since she married Yusuf in Nov and converted, JC has:
- stood outside Green Lane mosque on 3 Fridays running (15/12, 22/12, 29/12) watching the womens entrance
- left 2 notes in her letterbox 'you were mine before you were his' / 'enjoy your terrorist husband, hope they blow you up'
- walked past her house 'loads of times', seen by husband 06/01 + 09/01.
She says shes not scared of him, more angry, 'hes pathetic'. Hasnt changed anything she does. Has told him via his mum to stay away. Notes handed over - exh HA/1, HA/2. Advised re further contact. 1210 complete.""",
    spans=[
        ("STALK_LOITER", "stood outside Green Lane mosque"),
        ("REPETITION", "on 3 Fridays running (15/12, 22/12, 29/12)"),
        ("STALK_WATCH", "watching the womens entrance"),
        ("STALK_CONTACT", "left 2 notes in her letterbox"),
        ("FIXATION", "you were mine before you were his"),
        ("RELIGIOUS_HOSTILITY", "enjoy your terrorist husband, hope they blow you up"),
        ("STALK_TURN_UP", "walked past her house 'loads of times'"),
        ("REPETITION", "06/01 + 09/01"),
        ("UNWANTED", "Has told him via his mum to stay away"),
    ],
)

case(
    27, "stalking_fear_alarm_distress", "CSD",
    voice="call_log", case="mixed", noise="heavy", batch="zd",
    pattern="female_ex_at_mans_door_late_nightly_victim_swore_once_changed_locks", relationship="ex_partner", occasions=6,
    text="""\
2317 caller Mr Aaron WEBB states ex gf outside his flat again, knocking, been going on 20 mins. sep 5 wks. says this is 4th time this wk she has come to flat late at nite, also leaves notes on his car windscreen & follows him on insta from new accts. caller admits he sent her 1 msg last wk telling her to 'f*** off you psycho' but otherwise ignores her. he has changed the locks as she had a key and is now staying at his brothers most nites, only came back tonite for clothes. no threats from her. caller sounds stressed but calm. susp desc f w/e 20s blonde grey hoodie. units dispatchd 2319.""",
    spans=[
        ("STALK_TURN_UP", "ex gf outside his flat again, knocking"),
        ("REPETITION", "4th time this wk"),
        ("STALK_CONTACT", "leaves notes on his car windscreen"),
        ("STALK_MONITOR", "follows him on insta from new accts"),
        ("SERIOUS_IMPACT", "he has changed the locks"),
        ("SERIOUS_IMPACT", "now staying at his brothers most nites"),
        ("DISTRESS", "caller sounds stressed"),
    ],
)

case(
    28, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="redacted", batch="zd",
    pattern="exs_new_partner_racist_voice_notes_knife_threats_to_father", relationship="acquaintance", occasions=3,
    text="""\
Crime summary. Victim: [NAME 1] (M, 35). Suspect: [NAME 2] (M, 27), current partner of the victim's ex-partner [NAME 3]. The victim and [NAME 3] share a daughter (6). On [DATE] the suspect sent the victim a WhatsApp voice note: 'stay away from [NAME 3] you black c***, I'll stab you up'. Two days later, a second voice note: 'you monkeys don't listen do you, I've got a knife with your name on it.' A third message that week was a photograph of a kitchen knife, no words. The victim had no contact with the suspect before this and only speaks to [NAME 3] about their daughter through a parenting app. He is frightened to collect his daughter in case the suspect is there and believes the suspect will carry out the threat. Voice notes downloaded and retained. Suspect's number attributed via [REDACTED].""",
    spans=[
        ("RACIAL_HOSTILITY", "you black c***"),
        ("THREAT_VIOLENCE", "I'll stab you up"),
        ("REPETITION", "Two days later, a second voice note"),
        ("RACIAL_HOSTILITY", "you monkeys don't listen do you"),
        ("THREAT_VIOLENCE", "I've got a knife with your name on it"),
        ("THREAT_VIOLENCE", "a photograph of a kitchen knife, no words"),
        ("FEAR_OF_VIOLENCE", "frightened to collect his daughter in case the suspect is there"),
        ("FEAR_OF_VIOLENCE", "believes the suspect will carry out the threat"),
    ],
)

case(
    29, "harassment", "CD",
    voice="victim_diary", case="mixed", noise="typos", batch="zd",
    pattern="ex_husbands_new_wife_disability_abuse_messages_victim_deletes_facebook", relationship="acquaintance", occasions=6,
    text="""\
12 Jan. Another message from Nicola (Steve's wife) on facebook. 'nobody wants a cripple, no wonder he left you'. Thats the 3rd this week.
15 Jan. Two more. One about my wheelchair again and one saying I'm a bad mum. Steve says hes told her to leave it. I wrote back 'grow up Nicola' which I shouldnt have.
19 Jan. Steve must have given her my new number because she text me 'spastic' at 2am. I cried for an hour.
22 Jan. Deleted my facebook completley, which means Ive lost the school parents group. Went to the EE shop and changed my number AGAIN.
26 Jan. Quiet since. I dont think she'd ever do anything physical, she just wants to hurt me with words. PC Ames came today and took copies of everything.""",
    spans=[
        ("STALK_CONTACT", "Another message from Nicola (Steve's wife) on facebook"),
        ("STALK_CONTACT", "nobody wants a cripple, no wonder he left you"),
        ("REPETITION", "Thats the 3rd this week"),
        ("REPETITION", "Two more"),
        ("STALK_CONTACT", "she text me 'spastic' at 2am"),
        ("DISTRESS", "I cried for an hour"),
        ("SERIOUS_IMPACT", "Deleted my facebook completley"),
        ("SERIOUS_IMPACT", "changed my number AGAIN"),
    ],
)

case(
    30, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="zd",
    pattern="ex_tracks_victim_via_shared_icloud_texts_where_she_has_been", relationship="ex_partner", occasions=5,
    text="""\
DASH note - IP Rebecca SOLOMON / SUSP Marcus GREY (ex, sep 6 wks, he moved out). Risk: MEDIUM. IP disclosed susp still had access to her iCloud from when they shared an iPad - he has been using Find My to track her. Sent texts on 3 occasions this wk describing where she'd been: 'nice walk round Heaton Park was it', 'who lives at 14 Birch Ave then?', 'saw you were at the Odeon till late'. Also 30+ msgs asking her to come home & 'give us one more chance'. No threats, no violence in the relationship. Q (frightened?) - 'not frightened, just creeped out, feels like he's in my pocket'. Find My sharing disabled with officer present. Q's re jealousy/controlling: yes (checked her phone during rel). Stalking screening completed - referral to stalking advocacy service.""",
    spans=[
        ("STALK_MONITOR", "he has been using Find My to track her"),
        ("REPETITION", "on 3 occasions this wk"),
        ("STALK_CONTACT", "describing where she'd been"),
        ("STALK_MONITOR", "who lives at 14 Birch Ave then?"),
        ("REPETITION", "30+ msgs"),
        ("FIXATION", "give us one more chance"),
        ("DISTRESS", "just creeped out, feels like he's in my pocket"),
    ],
)

case(
    31, "aggravated_stalking", "CSR",
    voice="mo_field", case="mixed", noise="clean", batch="zd",
    pattern="ex_sends_antisemitic_letters_and_waits_opposite_synagogue", relationship="ex_partner", occasions=7,
    text="""\
MO: Ex (split Oct) has sent victim 5 handwritten letters at her new address over 7 weeks - he will "wait as long as it takes" - with abuse: "your Jew family poisoned you against me", "typical money-grabbing yid". Seen on the pavement opposite the victim's synagogue on two Saturday mornings (11/11 and 25/11). No threats. Victim annoyed and upset, not in fear.""",
    spans=[
        ("STALK_CONTACT", "has sent victim 5 handwritten letters at her new address"),
        ("REPETITION", "over 7 weeks"),
        ("FIXATION", "he will \"wait as long as it takes\""),
        ("RELIGIOUS_HOSTILITY", "your Jew family poisoned you against me"),
        ("RELIGIOUS_HOSTILITY", "typical money-grabbing yid"),
        ("STALK_LOITER", "Seen on the pavement opposite the victim's synagogue"),
        ("REPETITION", "on two Saturday mornings (11/11 and 25/11)"),
        ("DISTRESS", "Victim annoyed and upset"),
    ],
)

case(
    32, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="updates", case="upper", noise="heavy", batch="zd",
    pattern="ex_husbands_new_wife_watches_victim_at_work_posts_her_hours_victim_changes_job", relationship="acquaintance", occasions=9,
    text="""\
UPD 1 21/03 - V PRIYA KAPOOR RPTS SUSP (NEW WIFE OF V'S EX-HUSB) IS 'OBSESED' W/ HER. SINCE NOV SUSP HAS: PARKD OUTSIDE V'S WORK (BOOTS, HIGH ST) ON APPROX 8 OCCS; PHOTOGRAPHD V THRU SHOP WINDOW; POSTD V'S WORK HRS ON FB W/ CAPTION 'THIS IS WHERE THE CURRY WHORE HIDES'.
UPD 2 23/03 - V HAS LEFT BOOTS + STARTED NEW JOB IN DIFF TOWN 'SO SHE CANT FIND ME'. V ALSO NOW GETS HER HUSB TO DRIVE HER EVERYWHERE.
UPD 3 24/03 - EX-HUSB SPOKEN TO, SAYS HE HAS TOLD SUSP TO STOP, 'SHE WONT LISTEN, SHES JEALOUS OF PRIYA'. NO DIRECT THREATS. DM RCVD BY V 02/03 'GO BACK TO INDIA AND TAKE YOUR BROWN BRATS'.
UPD 4 25/03 - CRIME: RACIALLY AGG STALKING S.4A (SUBST ADVERSE EFFECT). ARREST ATTEMPT TMRW.""",
    spans=[
        ("FIXATION", "'OBSESED' W/ HER"),
        ("REPETITION", "SINCE NOV"),
        ("STALK_LOITER", "PARKD OUTSIDE V'S WORK (BOOTS, HIGH ST)"),
        ("REPETITION", "ON APPROX 8 OCCS"),
        ("STALK_WATCH", "PHOTOGRAPHD V THRU SHOP WINDOW"),
        ("STALK_PUBLISH", "POSTD V'S WORK HRS ON FB"),
        ("RACIAL_HOSTILITY", "THIS IS WHERE THE CURRY WHORE HIDES"),
        ("SERIOUS_IMPACT", "V HAS LEFT BOOTS + STARTED NEW JOB IN DIFF TOWN"),
        ("SERIOUS_IMPACT", "NOW GETS HER HUSB TO DRIVE HER EVERYWHERE"),
        ("RACIAL_HOSTILITY", "GO BACK TO INDIA AND TAKE YOUR BROWN BRATS"),
    ],
)

case(
    33, "harassment_fear_of_violence", "CF",
    voice="vps", case="lower", noise="typos", batch="zd",
    pattern="exs_new_girlfriend_name_calling_then_two_threats_to_glass_victim", relationship="acquaintance", occasions=4,
    text="""\
victim personal statement. my name is courtney. since my ex dale got with her (amy) in the summer she has been texting and ringing me. at first it was just calling me names, fat, sad, saying i wanted dale back which i dont. then on 4 october she rang me and said 'when i see you im going to smash your face in'. on 9 october she text 'ill glass you the next time your in the crown, dont think i wont'. i am really frightened of her. she has mates that are rough and i beleive she would do it. i have 2 kids and i keep thinking what if she does it in front of them. i just want to feel safe again.""",
    spans=[
        ("STALK_CONTACT", "she has been texting and ringing me"),
        ("STALK_CONTACT", "calling me names, fat, sad"),
        ("THREAT_VIOLENCE", "when i see you im going to smash your face in"),
        ("THREAT_VIOLENCE", "ill glass you the next time your in the crown, dont think i wont"),
        ("FEAR_OF_VIOLENCE", "i am really frightened of her"),
        ("FEAR_OF_VIOLENCE", "i beleive she would do it"),
        ("DISTRESS", "i just want to feel safe again"),
    ],
)

case(
    34, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="clean", batch="zd",
    pattern="ex_watches_mother_at_school_gates_not_about_children_she_stops_school_run", relationship="ex_partner", occasions=6,
    text="""\
Email to police from Mr D. Okoro, Deputy Head, St Anselm's Primary. I am writing about one of our parents, Ms Kirsty Vaughan, and her former partner Mr Lee Sharratt, who is father to her son (Year 2). There is a child arrangements order and Mr Sharratt is not to collect Jayden from school; he has not tried to. However since half term he has been standing by the railings opposite the gate at drop-off and pick-up on most days, and staff have seen him watching Ms Vaughan rather than the children. On two occasions he followed her to the bus stop talking at her. Ms Vaughan has shown our office manager messages from him asking who "the bloke in the white van" is and telling her she "belongs at home with us". Ms Vaughan no longer does the school run herself; her mother now brings Jayden and collects him, and Ms Vaughan tells us she has changed her working hours. Mr Sharratt has never spoken to staff or to Jayden and we have seen nothing threatening. I hope this is useful.""",
    spans=[
        ("REPETITION", "since half term"),
        ("STALK_LOITER", "standing by the railings opposite the gate at drop-off and pick-up"),
        ("REPETITION", "on most days"),
        ("STALK_WATCH", "watching Ms Vaughan rather than the children"),
        ("REPETITION", "On two occasions"),
        ("STALK_FOLLOW", "he followed her to the bus stop talking at her"),
        ("STALK_MONITOR", "asking who \"the bloke in the white van\" is"),
        ("FIXATION", "she \"belongs at home with us\""),
        ("SERIOUS_IMPACT", "Ms Vaughan no longer does the school run herself"),
        ("SERIOUS_IMPACT", "she has changed her working hours"),
    ],
)

case(
    35, "no_offence", "",
    voice="dash_note", case="mixed", noise="abbrev", batch="zd",
    pattern="controlling_partner_money_and_phone_checks_inside_ongoing_relationship", relationship="partner", occasions=4,
    text="""\
DASH / risk note. IP Sophie MARLOW (26) lives with partner Ben ASHCROFT (30), together 3 yrs, still together & IP intends to stay. Disclosed to PCSO after welfare check requested by her sister. Over the last yr Ben has taken control of her wages (paid into his acc, she gets £40/wk 'allowance'), checks her phone every night, has her location on Life360 and rings if she is late back from work, and discourages her from seeing her sister. No violence, no threats, no separation. IP minimises - 'he's just protective'. No PHA offence: this is behaviour inside an ongoing intimate relationship, not harassment by a separated party - to be assessed as possible controlling/coercive behaviour, passed to DA team. Risk: MEDIUM (controlling, financial). IDVA referral made with consent.""",
    spans=[
        ("STALK_MONITOR", "checks her phone every night"),
        ("STALK_MONITOR", "has her location on Life360"),
    ],
)

case(
    36, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="typos", batch="zd",
    pattern="exs_two_brothers_anti_hindu_messages_after_she_left_him", relationship="acquaintance", occasions=5,
    text="""\
Statement of Anjali PATEL. I lived with Darren Moss for three years until I left him in May. I have not had contact with Darren since, he is not the problem. The problem is his two brothers, Kyle and Jordan Moss. Since June I have had messages from both of them on Instagram and WhatsApp, I'd say about 15 in total. Kyle's messages are mostly about my religion: 'go pray to your cow', 'your fake gods cant help you now' and once he sent a picture of a burger with 'hope this offends you, hindu'. Jordan called me a 'money grabbing b***h' and said I 'ruined his brother'. Nobody has threatened to hurt me and I am not frightened of them, they are just spitefull. But it gets to me because I never did anything to them. I want them to stop.""",
    spans=[
        ("STALK_CONTACT", "I have had messages from both of them on Instagram and WhatsApp"),
        ("REPETITION", "about 15 in total"),
        ("RELIGIOUS_HOSTILITY", "go pray to your cow"),
        ("RELIGIOUS_HOSTILITY", "your fake gods cant help you now"),
        ("RELIGIOUS_HOSTILITY", "hope this offends you, hindu"),
        ("STALK_CONTACT", "called me a 'money grabbing b***h'"),
        ("DISTRESS", "it gets to me"),
        ("UNWANTED", "I want them to stop"),
    ],
)

case(
    37, "aggravated_harassment", "CR",
    voice="result_note", case="lower", noise="clean", batch="zd",
    pattern="cross_reports_exs_new_girlfriend_racist_texts_victim_one_polite_reply", relationship="acquaintance", occasions=17,
    text="""\
result: charge - racially aggravated harassment (s.32(1)(a) cda 1998). counter-allegation by susp louise tate against ip marcia campbell recorded as no crime. both reported the other on 02/05. phone downloads show 17 msgs from tate to campbell between 12/04 and 01/05, incl 'stay away from him you jamaican crackhead', 'go back on the banana boat' and 'black girls like you always go for other people's men'. campbell sent one reply only, on 20/04: 'please leave me alone, i'm not interested in him'. nothing abusive from campbell at any point. tate's claim that campbell 'started it' isn't supported by a single message. ip not in fear, no threats made. ip says the msgs have made her feel low. tate charged, bailed to mags 30/05.""",
    spans=[
        ("STALK_CONTACT", "17 msgs from tate to campbell"),
        ("REPETITION", "between 12/04 and 01/05"),
        ("RACIAL_HOSTILITY", "stay away from him you jamaican crackhead"),
        ("RACIAL_HOSTILITY", "go back on the banana boat"),
        ("RACIAL_HOSTILITY", "black girls like you always go for other people's men"),
        ("UNWANTED", "please leave me alone, i'm not interested in him"),
        ("DISTRESS", "made her feel low"),
    ],
)

case(
    38, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="lower", noise="typos", batch="zd",
    pattern="former_brother_in_law_anti_polish_phone_threats_three_calls", relationship="family", occasions=3,
    text="""\
1608 caller marta nowak, polish nat, speaks good english. says her ex husbands brother gary fenwick has just rung her again - 3rd time since friday. today he said 'polish whore, ill break your legs when i find you'. on friday he said she'd 'end up in a ditch where her sort belong' and called her a 'f***ing pole'. caller very scared, says gary has been to prison for gbh and she beleives he will hurt her. doors locked, she is with her daughter. ex husband (paul fenwick) not involved as far as she knows, hes working in spain. divorce finalised jan. no previous calls to this addr. grade 2. dash to be done on attendence.""",
    spans=[
        ("STALK_CONTACT", "has just rung her again"),
        ("REPETITION", "3rd time since friday"),
        ("RACIAL_HOSTILITY", "polish whore"),
        ("THREAT_VIOLENCE", "ill break your legs when i find you"),
        ("THREAT_VIOLENCE", "she'd 'end up in a ditch where her sort belong'"),
        ("RACIAL_HOSTILITY", "called her a 'f***ing pole'"),
        ("FEAR_OF_VIOLENCE", "caller very scared"),
        ("FEAR_OF_VIOLENCE", "she beleives he will hurt her"),
    ],
)

case(
    39, "aggravated_harassment_fear_of_violence", "CFR",
    voice="judgment", case="mixed", noise="clean", batch="zd",
    pattern="husbands_ex_wife_racist_threat_messages_appeal_dismissed_reply_not_provocation", relationship="acquaintance", occasions=4,
    text="""\
Crown Court at Lincoln. Appeal against conviction. Ruling.
1. The appellant, Mrs Carol Dyer, was convicted by the magistrates of racially aggravated harassment causing fear of violence. The complainant, Mrs Folake Adeyemi-Dyer, is married to the appellant's former husband.
2. Over three weeks in January the appellant sent the complainant a series of messages. On 6 January: "I'll cut that smile off your African face." On 19 January, after the complainant had blocked her on one app: "Block me all you like, I'll be waiting with something sharp, you won't see me coming." In between she called her a "jungle bunny" and a "Nigerian scammer".
3. The appellant says the complainant provoked her by messaging first. The one message from the complainant we have seen reads "Carol, please, we have never met, leave me out of it". That is not provocation and it does not make these exchanges mutual.
4. We accept the complainant's evidence that she was afraid the appellant would attack her on her way to or from the hospital where she works.
5. The appeal is dismissed.""",
    spans=[
        ("REPETITION", "Over three weeks in January"),
        ("STALK_CONTACT", "sent the complainant a series of messages"),
        ("THREAT_VIOLENCE", "I'll cut that smile off"),
        ("RACIAL_HOSTILITY", "your African face"),
        ("THREAT_VIOLENCE", "I'll be waiting with something sharp, you won't see me coming"),
        ("RACIAL_HOSTILITY", "jungle bunny"),
        ("RACIAL_HOSTILITY", "Nigerian scammer"),
        ("UNWANTED", "leave me out of it"),
        ("FEAR_OF_VIOLENCE", "she was afraid the appellant would attack her"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="crime_summary", case="upper", noise="abbrev", batch="zd",
    pattern="ex_gps_tracker_on_travellers_van_anti_traveller_abuse_two_threats", relationship="ex_partner", occasions=6,
    text="""\
SUMMARY: IP BRIDGET WARD (IRISH TRAVELLER) SEP FROM SUSP KARL DENBY 08/24 AFTER 3 YR REL. SINCE SEP SUSP HAS REPEATEDLY CONTACTED IP (APPROX 60 CALLS/TXTS) REFERRING TO HER AS 'DIRTY PIKEY' AND 'GYPO SCUM'. ON 12/10 IP'S MECHANIC FOUND A GPS TRACKER UNDER HER VAN; SUSP LATER TXT 'CAN'T HIDE FROM ME, I KNOW EVERY ROAD YOU DRIVE'. 15/10 TXT: 'I'LL BURN YOUR CARAVAN WITH YOU IN IT'. 22/10 SUSP APPROACHED IP AT BP GARAGE ON A614 AND SAID 'TOLD YOU, YOUR DEAD'. IP IN FEAR, STATES SHE BELIEVES SUSP WILL KILL HER. TRACKER SEIZED (EXH AB/3). SUSP KNOWN FOR DA WITH PREVIOUS PARTNER.""",
    spans=[
        ("STALK_CONTACT", "SUSP HAS REPEATEDLY CONTACTED IP"),
        ("REPETITION", "APPROX 60 CALLS/TXTS"),
        ("RACIAL_HOSTILITY", "DIRTY PIKEY"),
        ("RACIAL_HOSTILITY", "GYPO SCUM"),
        ("STALK_MONITOR", "A GPS TRACKER UNDER HER VAN"),
        ("FIXATION", "CAN'T HIDE FROM ME, I KNOW EVERY ROAD YOU DRIVE"),
        ("THREAT_VIOLENCE", "I'LL BURN YOUR CARAVAN WITH YOU IN IT"),
        ("STALK_TURN_UP", "SUSP APPROACHED IP AT BP GARAGE"),
        ("THREAT_VIOLENCE", "TOLD YOU, YOUR DEAD"),
        ("FEAR_OF_VIOLENCE", "SHE BELIEVES SUSP WILL KILL HER"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="vps", case="mixed", noise="clean", batch="zd",
    pattern="student_ex_watches_victim_in_library_anti_chinese_messages_she_moves_and_studies_online", relationship="ex_partner", occasions=7,
    text="""\
Victim personal statement - Mei Lin ZHOU, 20, second year Pharmacy. Ethan Lowther and I split up at the end of November; it was my choice. Ethan could not accept that. When I blocked him he made new accounts just to look at my Instagram. On at least five evenings he turned up at the Hallam library and chose a desk facing mine, and one night he was outside my halls until gone 1am. He texts me that Chinese girls are "covid carriers" and that I am a "dog-eating ch*nk" who got lucky with him. He has not threatened me. Still, everywhere I go I think he is looking at me. I have given up my room in halls and now rent a room on the other side of the city, and the department has let me do this term remotely, so I have lost my seminar group. I have also stopped going to Chinese society nights because Ethan knows I went there. This university was where I felt at home.""",
    spans=[
        ("FIXATION", "Ethan could not accept that"),
        ("STALK_MONITOR", "he made new accounts just to look at my Instagram"),
        ("REPETITION", "On at least five evenings"),
        ("STALK_TURN_UP", "he turned up at the Hallam library"),
        ("STALK_WATCH", "chose a desk facing mine"),
        ("STALK_LOITER", "he was outside my halls until gone 1am"),
        ("RACIAL_HOSTILITY", "Chinese girls are \"covid carriers\""),
        ("RACIAL_HOSTILITY", "\"dog-eating ch*nk\""),
        ("DISTRESS", "everywhere I go I think he is looking at me"),
        ("SERIOUS_IMPACT", "I have given up my room in halls"),
        ("SERIOUS_IMPACT", "the department has let me do this term remotely"),
        ("SERIOUS_IMPACT", "I have also stopped going to Chinese society nights"),
    ],
)

case(
    42, "stalking", "CS",
    voice="notebook", case="lower", noise="heavy", batch="zd",
    pattern="ex_girlfriend_messages_via_victims_mum_visits_allotment_sends_pizza", relationship="ex_partner", occasions=6,
    text="""\
0945 att allotmnts off wharf ln, spk w/ ip ms ruth penhale. ex-p'ner susp jo tarrant, sep aug aftr 7 yrs. ip sts since sep susp has: rung ip's mum every other day asking her to tell ruth she misses her; turned up at ip's allotment plot x3 on sat mornings, stands at the gate + talks abt 'our plans'; had a pizza deliverd to ip's flat 18/10 w/ 'remember fridays? x' in the note, paid on susp's card. ip not scared 'jo wouldnt hurt a fly', no threats ever, but 'its like shes still living with me'. ip has txtd susp to stop, susp replies 'i cant'. ip wants words of advice given. hx nil. 1010 clrd.""",
    spans=[
        ("STALK_CONTACT", "rung ip's mum"),
        ("REPETITION", "every other day"),
        ("STALK_TURN_UP", "turned up at ip's allotment plot x3 on sat mornings"),
        ("FIXATION", "talks abt 'our plans'"),
        ("STALK_GIFTS", "had a pizza deliverd to ip's flat 18/10"),
        ("DISTRESS", "its like shes still living with me"),
        ("UNWANTED", "ip has txtd susp to stop"),
        ("FIXATION", "susp replies 'i cant'"),
    ],
)

case(
    43, "aggravated_harassment", "CR",
    voice="judgment", case="mixed", noise="clean", batch="zd",
    pattern="partners_ex_husband_racist_voicemails_no_threats_victim_asked_him_to_stop", relationship="acquaintance", occasions=7,
    text="""\
District Judge (MC) Fennimore - reasons. The defendant, Trevor Lane, faces one charge of racially aggravated harassment. The complainant, Daniel Osei, lives with the defendant's former wife. It is agreed that between 4 and 28 February the defendant left Mr Osei seven voicemails and sent a number of texts. I have listened to the voicemails. In them the defendant calls Mr Osei "a black parasite living off my money", says "your sort breed and claim benefits" and repeatedly uses a racial slur I need not repeat. No threat of violence is made in any of them, and Mr Osei, a calm witness, told me he was never frightened, only insulted. The defence case is that this was six of one: Mr Osei texted the defendant on 10 February. I have seen that text. It says "Stop contacting me or I will go to the police." That is not harassment of the defendant; it is a request to stop. I am sure the defendant pursued a course of conduct which he knew amounted to harassment, and that he demonstrated hostility based on race. The charge is proved.""",
    spans=[
        ("REPETITION", "between 4 and 28 February"),
        ("STALK_CONTACT", "left Mr Osei seven voicemails and sent a number of texts"),
        ("RACIAL_HOSTILITY", "a black parasite living off my money"),
        ("RACIAL_HOSTILITY", "your sort breed and claim benefits"),
        ("RACIAL_HOSTILITY", "repeatedly uses a racial slur"),
        ("UNWANTED", "Stop contacting me or I will go to the police"),
    ],
)

case(
    44, "aggravated_stalking", "CSR",
    voice="dash_note", case="lower", noise="redacted", batch="zd",
    pattern="ex_girlfriend_posts_anti_turkish_abuse_and_sits_watching_in_his_barbershop", relationship="ex_partner", occasions=7,
    text="""\
dash note - ip [NAME 1] (m, 34, turkish national) / susp [NAME 2] (f, 31, ex-partner, sep 4 months). risk standard. ip reports since sep susp has posted about him 4 times on a local fb community page, naming his barbershop and calling him 'a dirty turk who uses women for a visa' and 'kebab-shop scum'. she has also come into the shop on 3 saturdays, sat in the waiting chairs for an hour at a time and stared at him while he cut hair, leaving without speaking. she messaged 'i'll never let you forget me'. ip says he is not afraid of her, no threats, he is 'embarassed in front of customers'. hasn't changed anything. no violence during rel. q's mostly no. stalking advocacy leaflet given. fb posts screenshotted [REF].""",
    spans=[
        ("STALK_PUBLISH", "posted about him 4 times on a local fb community page"),
        ("RACIAL_HOSTILITY", "a dirty turk who uses women for a visa"),
        ("RACIAL_HOSTILITY", "kebab-shop scum"),
        ("STALK_TURN_UP", "she has also come into the shop"),
        ("REPETITION", "on 3 saturdays"),
        ("STALK_WATCH", "stared at him while he cut hair"),
        ("FIXATION", "i'll never let you forget me"),
        ("DISTRESS", "embarassed in front of customers"),
    ],
)
