# ruff: noqa: E501
"""Hand-written narratives, writer za: issue versus person (disputes that stay about the issue, and those that become about the person)."""

from corpora.handwritten import case

case(
    1, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="za",
    pattern="council_tax_enforcement_letters_and_visits_lawful", relationship="business", occasions=4,
    text="""\
CALLER SAYS SHE IS 'HARASSED BY BAILIFFS'. ON QUESTIONING 2 X LETTERS + VISITS 09/03 AND 14/03 RE COUNCIL TAX ARREARS. AGENT POLITE, BODYCAM, NO ENTRY. CALLER TEARFUL AT TIMES. LAWFUL ENFORCEMENT, ADV GIVEN + DEBT ADVICE NO. NO CRIME.""",
    spans=[
        ("DISTRESS", "CALLER TEARFUL AT TIMES"),
    ],
)

case(
    2, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="za",
    pattern="former_landlord_pursues_deposit_deductions_through_proper_channels", relationship="landlord", occasions=5,
    text="""\
Result: no crime, advice given. Ms Okafor reported her former landlord, Mr Denis Pruett, for harassment after she moved out of 14b Larch Row in January. Reviewed: three emails from Mr Pruett between 2 and 20 February listing what he wants to deduct from her deposit (carpet cleaning, a cracked hob, a missing fob), a letter before action from his solicitor about £410 of unpaid rent, and a notice from the deposit protection scheme saying the dispute has gone to adjudication. The tone is curt but businesslike. There is nothing abusive, he has not called round, and every item is about the money. Ms Okafor says the letters make her anxious and she has started leaving the post unopened. Explained that pursuing a debt through proper channels is a lawful purpose, not harassment. Closed.""",
    spans=[
        ("DISTRESS", "the letters make her anxious"),
    ],
)

case(
    3, "no_offence", "",
    voice="notebook", case="lower", noise="typos", batch="za",
    pattern="mutual_shouting_matches_over_boundary_hedge", relationship="neighbour", occasions=3,
    text="""\
attended 22 cresswell gdns, 3rd call this month. mr hollis (22) and mr + mrs adeyemi (24) each say the other is harrassing them over the leylandii on the boundry. hollis says adeyemi shouted at him over the fence sat and tues and filmed him. adeyemi says hollis started it both times and filmed them back. viewed both lots of footage - two grown men shouting across a hedge, neither backing down. nobody threatened or frightened, everyone v angry. advised civil route, words of advice both sides, nfa. mediation referal sent.""",
    spans=[],
)

case(
    4, "no_offence", "R",
    voice="crime_summary", case="mixed", noise="redacted", batch="za",
    pattern="single_racist_slur_during_parking_space_argument", relationship="stranger", occasions=1,
    text="""\
Summary: [DATE] approx 1740 the IP, [NAME 1], was reversing into a bay on [STREET]. The SUSP, unknown male in hi-vis, wanted the same space, banged on her window and shouted 'learn to drive you f***ing Paki' then drove off in a van, partial VRM [VRM]. She was shaken and sat in her car for some time. Never seen him before, nothing since. Single incident - racially aggravated public order, not harassment.""",
    spans=[
        ("RACIAL_HOSTILITY", "learn to drive you f***ing Paki"),
        ("DISTRESS", "She was shaken and sat in her car for some time"),
    ],
)

case(
    5, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="za",
    pattern="neighbour_photographs_car_over_dropped_kerb_one_slap_threat", relationship="neighbour", occasions=6,
    text="""\
I live at 7 Tannery Close with my husband and our two children. Since about the end of August the man at number 9, who I know as Graham, has been going on about where we park. There is a dropped kerb outside his house which he says we block, though we don't think we do. It started with a note under my wiper saying PARK PROPERLY OR ELSE. Then another note a week later. Since then he has come out and taken photographs of my car nearly every evening when I pull up, sometimes from his front window and sometimes standing in the road with his phone. He photographs the tyres and the number plate and he told my husband he is 'building a file for the council'. On 2nd October he knocked on my door and shouted that he would report us to the council and the DVLA. On 11th October he came over while I was getting the shopping out of the boot and said 'move that car or you'll get a slap'. He went back inside straight away. I am not scared of Graham, he is about seventy, but I am fed up with being watched every time I park and it is making me stressed. My husband is Nigerian and I want to say I don't think that has anything to do with it, Graham is like this with the couple at number 5 as well. He has never followed me anywhere or bothered us about anything except the cars.""",
    spans=[
        ("STALK_CONTACT", "a note under my wiper saying PARK PROPERLY OR ELSE"),
        ("REPETITION", "Then another note a week later"),
        ("STALK_WATCH", "taken photographs of my car"),
        ("REPETITION", "nearly every evening"),
        ("STALK_CONTACT", "knocked on my door and shouted that he would report us"),
        ("THREAT_VIOLENCE", "move that car or you'll get a slap"),
        ("DISTRESS", "it is making me stressed"),
    ],
)

case(
    6, "harassment", "C",
    voice="mo_field", case="upper", noise="abbrev", batch="za",
    pattern="dismissed_worker_floods_hr_manager_with_abusive_emails_homophobic", relationship="colleague", occasions=74,
    text="""\
SUSP DISMISSED (GROSS MISCONDUCT) 03/02. SINCE THEN HAS SENT IP (HR MGR WHO CHAIRED HEARING) APPROX 60 EMAILS + 14 CALLS TO WORK LANDLINE OVER 5 WKS RE REINSTATEMENT. ABUSIVE, INC HOMOPHOBIC NAMES ('BENT') - IP IS GAY. ALL ABOUT THE DISMISSAL, NOTHING AT HOME, NO THREATS. IP STRESSED, DREADS OPENING INBOX. NOT RACIALLY/RELIGIOUSLY AGG.""",
    spans=[
        ("STALK_CONTACT", "SENT IP (HR MGR WHO CHAIRED HEARING) APPROX 60 EMAILS + 14 CALLS TO WORK LANDLINE"),
        ("REPETITION", "OVER 5 WKS"),
        ("DISTRESS", "IP STRESSED, DREADS OPENING INBOX"),
    ],
)

case(
    7, "harassment", "CD",
    voice="victim_diary", case="mixed", noise="typos", batch="za",
    pattern="upstairs_noise_dispute_notes_filming_threat_to_son_signed_off", relationship="neighbour", occasions=5,
    text="""\
Mon 3rd - Bass again from flat 4 till gone 1am. Knocked on the cieling with the broom, nothing.
Tue 4th - Note through my door from Kyle (flat 4): 'Stop banging ur ceiling u sad old cow, I'll play what I want'.
Thurs 6th - Kyle filming my door with his phone wen I came back from the shops. Said he's 'gathering evidence' that its me making the noise.
Sat 8th - Music til 3. Rang the council noise line, they said they'd send someone out.
Sun 9th - Kyle and his mate banging on my door at 11pm shouting. Told my son Darren on the phone and Darren came round Monday and had words. Kyle told Darren 'come round here again and I'll break your jaw'. Darren just laughed at him. I'm not frightened Kyle will touch me, its the noise and the agro.
Weds 12th - Dr signed me off work for 2 weeks, I'm not sleeping at all. Been stopping at my sisters Fri and Sat nights because thats when its worst.
Fri 14th - another note, 'grass'. Pinned on the noticeboard in the hall as well for everyone to see.""",
    spans=[
        ("STALK_CONTACT", "Note through my door from Kyle"),
        ("STALK_WATCH", "Kyle filming my door with his phone"),
        ("STALK_CONTACT", "banging on my door at 11pm shouting"),
        ("SERIOUS_IMPACT", "Dr signed me off work for 2 weeks"),
        ("DISTRESS", "I'm not sleeping at all"),
        ("SERIOUS_IMPACT", "Been stopping at my sisters Fri and Sat nights"),
        ("STALK_CONTACT", "another note, 'grass'"),
    ],
)

case(
    8, "harassment", "C",
    voice="dash_note", case="mixed", noise="abbrev", batch="za",
    pattern="ex_partner_abusive_messages_all_about_selling_joint_house", relationship="ex_partner", occasions=30,
    text="""\
DASH by phone. IP + SUSP separated Nov 2025, no children. Jointly own 31 Ferndale Rd, IP still lives there, SUSP wants it sold. Since Jan SUSP has sent daily msgs, many abusive - 'sign the f***ing papers', 'ur a thief', 'ill take u for every penny'. Rang IP 11 times on 19/02. Turned up at the house twice with an estate agent without notice to 'get it valued'. Every message seen is about the house/money - nothing about the relationship, no pleading, no jealousy over IP's new life, no checking up on her. IP says SUSP has never been violent and she is not in fear of him, just exhausted by it. Standard risk. Crimed as harassment, VA interview.""",
    spans=[
        ("REPETITION", "Since Jan"),
        ("STALK_CONTACT", "SUSP has sent daily msgs, many abusive"),
        ("STALK_CONTACT", "Rang IP 11 times on 19/02"),
        ("STALK_TURN_UP", "Turned up at the house twice with an estate agent without notice"),
        ("DISTRESS", "just exhausted by it"),
    ],
)

case(
    9, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="za",
    pattern="former_tenant_three_voicemails_in_nine_minutes_over_deposit", relationship="landlord", occasions=3,
    text="""\
Update 1 (PC 4471 Marsh) 21/05 1930: IP Mrs Joan Feltham, 68, private landlord of 2 flats. Former tenant Liam Costa moved out 30/04, IP kept back £350 of a £900 deposit for damage. Deposit was not protected in a scheme (IP admits). On 20/05 between 2141 and 2150 Costa left 3 voicemails on IP's mobile. I have listened to them. 1st: 'give me my money you thieving old bag'. 2nd: 'I know you never put it in a scheme, I'll have you in court, you're a crook'. 3rd: shouting, mostly unclear, ends 'ring me back'. IP did not ring back. Nothing since.
Update 2 (Marsh) 22/05: Advice from Sgt Obi re whether 3 voicemails in 9 mins can be a course - each call a fresh decision to make contact, so 3 occasions (Kelly). Content abusive, about the deposit only. IP upset, did not sleep that night. Crimed harassment.
Update 3 (Marsh) 26/05: Costa interviewed VA, admits the calls, says he'd been drinking and is 'entitled to his money'. Advised re civil remedy (unprotected deposit - he may well have a claim). Community resolution agreed, written apology.""",
    spans=[
        ("REPETITION", "between 2141 and 2150"),
        ("STALK_CONTACT", "Costa left 3 voicemails on IP's mobile"),
        ("STALK_CONTACT", "'give me my money you thieving old bag'"),
        ("STALK_CONTACT", "'I know you never put it in a scheme, I'll have you in court, you're a crook'"),
        ("REPETITION", "3 voicemails in 9 mins"),
        ("DISTRESS", "IP upset, did not sleep that night"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CFD",
    voice="third_party", case="mixed", noise="clean", batch="za",
    pattern="farmer_threatens_to_bury_elderly_neighbour_over_fence_line", relationship="neighbour", occasions=3,
    text="""\
I'm writing on behalf of my dad, Peter Lund, who is 81 and lives at Holm Farm Cottage. He asked me to report it because he doesn't do email. The farmer next door, Royce Bain, has been in a dispute with Dad since the spring about where the boundary runs along the track. Bain put new fence posts in about two metres onto what Dad says is his land and Dad pulled three of them out. On 4 June Bain came to Dad's gate and told him that if he touched the fence again he'd 'put him in the ground'. Then on 19 June Dad was walking the dog along the track and Bain pulled up in the Land Rover, leaned out and said 'I meant what I said old man, I'll bury you'. Bain has also been standing at the top of the field photographing Dad's side of the fence and the holes where the posts were. Dad is genuinely frightened. He has started locking the back door during the day, which he hasn't done in forty years, and he won't walk the dog along the track any more, he goes the long way round by the road. To be fair to Bain it is all about the fence, he hasn't bothered Dad about anything else. I have a copy of the Land Registry plan if that helps.""",
    spans=[
        ("THREAT_VIOLENCE", "he'd 'put him in the ground'"),
        ("THREAT_VIOLENCE", "'I meant what I said old man, I'll bury you'"),
        ("STALK_WATCH", "standing at the top of the field photographing Dad's side of the fence"),
        ("FEAR_OF_VIOLENCE", "Dad is genuinely frightened"),
        ("SERIOUS_IMPACT", "he won't walk the dog along the track any more, he goes the long way round by the road"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="za",
    pattern="rival_takeaway_owner_threatens_legs_and_stabbing_over_trade", relationship="business", occasions=3,
    text="""\
Crime summary - harassment (fear of violence) s.4 PHA.
IP owns the Golden Fork chip shop, 112 High St. SUSP runs the kebab house 3 doors down at 118. Bad feeling since IP started doing pizza in Jan - SUSP says IP 'stole his trade'.
Occ 1 - 02/02 approx 2230, SUSP came into IP's shop at closing, leaned over the counter and said 'keep doing pizza and I'll break your legs'. Staff member W1 heard it.
Occ 2 - 17/02 SUSP stood outside IP's shop for about an hour filming customers going in, told one 'don't eat there, he uses dog meat'.
Occ 3 - 24/02 SUSP stopped IP in the back lane by the bins: 'last warning, I will f***ing stab you, I'm not joking'.
IP is scared to go out the back on his own now and gets his son to come and lock up with him. Has moved closing from 2330 to 2200, losing the pub trade. SUSP's behaviour all about the business - nothing at IP's home, family not approached. CCTV occ 2 seized, W1 stmt obtained. SUSP arrested 26/02, no comment.""",
    spans=[
        ("THREAT_VIOLENCE", "'keep doing pizza and I'll break your legs'"),
        ("STALK_LOITER", "SUSP stood outside IP's shop for about an hour filming customers going in"),
        ("THREAT_VIOLENCE", "'last warning, I will f***ing stab you, I'm not joking'"),
        ("FEAR_OF_VIOLENCE", "IP is scared to go out the back on his own now"),
        ("SERIOUS_IMPACT", "Has moved closing from 2330 to 2200"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="call_log", case="lower", noise="heavy", batch="za",
    pattern="gym_acquaintance_texts_leg_breaking_threats_over_loan", relationship="acquaintance", occasions=6,
    text="""\
caller owes aprox 600 to 'deano' from the gym, paid back 150. deano txting him constantly since sat demanding the rest: 'pay up by fri or ur gettin ur legs broke' (sat) + 'i no where u work pal, fri or ur in hospital' (tue). caller says hes terrified, deano has a rep. only about the money. adv screenshot, dont reply. grade 2.""",
    spans=[
        ("STALK_CONTACT", "deano txting him constantly since sat demanding the rest"),
        ("THREAT_VIOLENCE", "'pay up by fri or ur gettin ur legs broke'"),
        ("THREAT_VIOLENCE", "'i no where u work pal, fri or ur in hospital'"),
        ("FEAR_OF_VIOLENCE", "caller says hes terrified"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="notebook", case="inconsistent", noise="typos", batch="za",
    pattern="resident_threatens_school_run_parent_blocking_drive_repeated", relationship="stranger", occasions=3,
    text="""\
0850 Brook Lane o/s Primary school. IP Mrs Sadia KARIM states male at no.41 (Tony WELCH) came out Mon when she parked across his drive to drop off, banged the bonnet + said 'do that again and I'll drag you out of that car by your hair'. IP says he has said it again twice since, Wed and today, standing at the end of his drive waiting for her. IP Visibly shaking, says she is scared he will actually do it. WELCH admits it - 'she blocks me in every day'. Fair point re Parking, NOT the threats. IP wants it crimed.""",
    spans=[
        ("THREAT_VIOLENCE", "do that again and I'll drag you out of that car by your hair"),
        ("REPETITION", "he has said it again twice since, Wed and today"),
        ("STALK_LOITER", "standing at the end of his drive waiting for her"),
        ("DISTRESS", "IP Visibly shaking"),
        ("FEAR_OF_VIOLENCE", "she is scared he will actually do it"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CFD",
    voice="vps", case="mixed", noise="clean", batch="za",
    pattern="sacked_driver_threatens_former_manager_by_phone_and_at_depot_gate", relationship="colleague", occasions=2,
    text="""\
I was Lee Draycott's line manager at the depot for two years until he was dismissed in September after the disciplinary. I want the court to understand what the last few months have been like for me. I know Lee feels he was treated unfairly and he has taken it to a tribunal, which is his right. But in October he rang me at home, I still don't know how he got the number, and told me that if he didn't get his job back he would 'come and find me and put me through a wall'. A fortnight later he was outside the depot gates at clocking-off time and shouted across the yard that I was 'a dead man walking'. After that second time I genuinely believed he would hurt me. I changed my shifts so that I don't leave when everyone else does, and my wife now picks me up from work. I have not slept properly since October. I have never had any trouble with Lee outside work and none of this has been about anything except his job.""",
    spans=[
        ("STALK_CONTACT", "he rang me at home"),
        ("THREAT_VIOLENCE", "he would 'come and find me and put me through a wall'"),
        ("STALK_TURN_UP", "he was outside the depot gates at clocking-off time"),
        ("THREAT_VIOLENCE", "'a dead man walking'"),
        ("FEAR_OF_VIOLENCE", "I genuinely believed he would hurt me"),
        ("SERIOUS_IMPACT", "I changed my shifts"),
        ("SERIOUS_IMPACT", "my wife now picks me up from work"),
        ("DISTRESS", "I have not slept properly since October"),
    ],
)

case(
    15, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="za",
    pattern="parking_bay_row_becomes_following_neighbour_to_shops_and_gym", relationship="neighbour", occasions=7,
    text="""\
Supv review - Sgt 2290 Hegarty. Recorded by PC as harassment (parking dispute). I disagree with the classification. It began as a row over a shared parking bay at the flats in March, and the early stuff - notes on her car, photos of where she parks - is plainly about the bay. But from May the bay drops out of it altogether. SUSP has followed IP into Tesco and stood at the end of the aisle watching her (CCTV confirms, 14/05); turned up at her spin class at the leisure centre on 2 occasions though he is not a member; left a card on her windscreen saying 'your new fella isn't good enough for you'; and told another resident what time she gets in from nights. None of that has anything to do with parking. That is fixation on IP as a person, shown through several different kinds of act. IP is upset but has not changed her routine and no threats made. Reclassify to stalking s.2A. OIC to update IP and get a further stmt re the spin class dates. PNC - no trace on SUSP.""",
    spans=[
        ("STALK_CONTACT", "notes on her car"),
        ("STALK_WATCH", "photos of where she parks"),
        ("ESCALATION", "from May the bay drops out of it altogether"),
        ("STALK_FOLLOW", "followed IP into Tesco and stood at the end of the aisle watching her"),
        ("STALK_TURN_UP", "turned up at her spin class at the leisure centre on 2 occasions"),
        ("STALK_CONTACT", "left a card on her windscreen saying 'your new fella isn't good enough for you'"),
        ("STALK_MONITOR", "told another resident what time she gets in from nights"),
        ("FIXATION", "That is fixation on IP as a person"),
        ("DISTRESS", "IP is upset"),
    ],
)

case(
    16, "stalking", "CS",
    voice="judgment", case="mixed", noise="clean", batch="za",
    pattern="rival_salon_owner_posts_about_divorce_and_waits_outside_home", relationship="business", occasions=10,
    text="""\
Ms Orrell, you have pleaded guilty to stalking. You and Ms Bethany Kraus ran competing hair salons on the same parade in Whitby Road. I accept that you felt, with some justice, that Ms Kraus had poached two of your stylists and a good number of your clients, and for a time your complaints were about exactly that. Had matters stopped there we would not be here. They did not. Over about four months you set up two false Instagram accounts and used them to post about Ms Kraus's divorce and her son's exclusion from school, matters that had nothing whatever to do with hairdressing. You parked outside her home, not her salon, on at least five evenings and sat there. On one occasion you followed her car from the salon to her mother's house. You sent her a bouquet with a card that read 'Thinking of you, always'. By then this was no longer a business grievance; it had become an obsession with her. Ms Kraus describes distress and embarrassment, but I note that she has not had to alter her routine and there were no threats. The sentence is a community order with twenty days of rehabilitation activity, and a restraining order for five years.""",
    spans=[
        ("REPETITION", "Over about four months"),
        ("STALK_PUBLISH", "post about Ms Kraus's divorce and her son's exclusion from school"),
        ("STALK_LOITER", "You parked outside her home, not her salon, on at least five evenings and sat there"),
        ("STALK_FOLLOW", "followed her car from the salon to her mother's house"),
        ("STALK_GIFTS", "You sent her a bouquet with a card that read 'Thinking of you, always'"),
        ("FIXATION", "it had become an obsession with her"),
        ("DISTRESS", "distress and embarrassment"),
    ],
)

case(
    17, "stalking", "CS",
    voice="dash_note", case="mixed", noise="typos", batch="za",
    pattern="ex_partner_uses_belongings_as_pretext_pleading_messages_waits_at_work", relationship="ex_partner", occasions=40,
    text="""\
DASH - standard. IP reports ex Marcus (split 3 months ago) keeps messaging her saying he needs to collect his stuff - PS4, clothes, a drill. IP has offered 3 times to leave it all with his brother, he refuses, says he will only collect it from her 'in person'. Msgs shown to me: 'I just want to see you when I get my stuff, 5 mins thats all', 'I cant stop thinking about u', 'please Jess I no we can fix this'. Roughly 20-30 msgs a day since the begining of March. He has also come to her work twice and waited in the car park, and she saw him drive slowly past her house sat night. No threats, never been violent, she isnt frightened of him, she is 'worn down'. The stuff is an excuse. IDVA referal.""",
    spans=[
        ("STALK_CONTACT", "keeps messaging her"),
        ("FIXATION", "he will only collect it from her 'in person'"),
        ("STALK_CONTACT", "'I just want to see you when I get my stuff, 5 mins thats all'"),
        ("FIXATION", "'I cant stop thinking about u'"),
        ("FIXATION", "'please Jess I no we can fix this'"),
        ("REPETITION", "Roughly 20-30 msgs a day since the begining of March"),
        ("STALK_TURN_UP", "come to her work twice and waited in the car park"),
        ("STALK_WATCH", "drive slowly past her house sat night"),
        ("DISTRESS", "she is 'worn down'"),
    ],
)

case(
    18, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="redacted", batch="za",
    pattern="planning_campaigner_targets_planning_officer_home_and_children", relationship="stranger", occasions=47,
    text="""\
Crime summary. The IP, [NAME 1], is a senior planning officer at [COUNCIL]. She wrote the report recommending approval of the [SITE] housing scheme, granted [DATE]. The SUSP, [NAME 2], chairs the residents' campaign against the scheme. Between September and November SUSP emailed IP's work address over 40 times. Most are long complaints about the decision and IP's 'incompetence' and on their own would be for the council's complaints process. However SUSP has also found IP's home address and posted a photograph of her front door on the campaign Facebook page, captioned 'this is where she lives, ask her yourself'; photographed IP collecting her children from [SCHOOL] on 2 occasions and emailed her the pictures; and lodged 3 vexatious complaints about IP with her professional body. The campaign against the decision is lawful. What SUSP has done to IP personally - her home, her children, her career - goes well beyond it, and SUSP appears fixated on IP rather than the scheme. IP is very distressed but continues to work as normal. No threats.""",
    spans=[
        ("STALK_CONTACT", "SUSP emailed IP's work address over 40 times"),
        ("STALK_PUBLISH", "posted a photograph of her front door on the campaign Facebook page"),
        ("STALK_WATCH", "photographed IP collecting her children from [SCHOOL] on 2 occasions"),
        ("STALK_ORDERS", "lodged 3 vexatious complaints about IP with her professional body"),
        ("FIXATION", "SUSP appears fixated on IP rather than the scheme"),
        ("DISTRESS", "IP is very distressed"),
    ],
)

case(
    19, "stalking", "CS",
    voice="updates", case="upper", noise="abbrev", batch="za",
    pattern="dismissed_employee_sends_cards_to_managers_home_and_joins_her_gym", relationship="colleague", occasions=12,
    text="""\
UPD 03/11: IP (STORE MGR) RPTS EX-EMPLOYEE SUSP, SACKED 08/26. EARLY EMAILS RE APPEAL - HEAD OFFICE MATTER.
UPD 05/11: IP HAS PROVIDED 4 HANDWRITTEN CARDS DELIVERED TO HER HOME ADDRESS (NOT THE STORE) SINCE 10/10. NOTHING ABOUT THE JOB - 'YOU LOOKED LOVELY IN THE BLUE COAT TODAY', 'I THINK ABOUT YOU EVERY MORNING'. BOX OF CHOCS LEFT ON HER DOORSTEP 28/10.
UPD 07/11: GYM STAFF CONFIRM SUSP JOINED IP'S GYM 15/10, 2 DAYS AFTER SHE MENTIONED IT ON FB. SWIPE DATA SHOWS HIM ENTERING WITHIN 10 MINS OF HER ON 6 OCCASIONS.
UPD 09/11: NO THREATS. IP ANXIOUS BUT ROUTINE UNCHANGED. FIXATION ON IP, NOT THE DISMISSAL. CRIMED STALKING.""",
    spans=[
        ("STALK_CONTACT", "4 HANDWRITTEN CARDS DELIVERED TO HER HOME ADDRESS"),
        ("REPETITION", "SINCE 10/10"),
        ("STALK_WATCH", "'YOU LOOKED LOVELY IN THE BLUE COAT TODAY'"),
        ("FIXATION", "'I THINK ABOUT YOU EVERY MORNING'"),
        ("STALK_GIFTS", "BOX OF CHOCS LEFT ON HER DOORSTEP"),
        ("STALK_MONITOR", "2 DAYS AFTER SHE MENTIONED IT ON FB"),
        ("STALK_TURN_UP", "ENTERING WITHIN 10 MINS OF HER ON 6 OCCASIONS"),
        ("DISTRESS", "ANXIOUS"),
        ("FIXATION", "FIXATION ON IP, NOT THE DISMISSAL"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="redacted", batch="za",
    pattern="noise_complaint_neighbour_logs_movements_follows_to_bus_victim_leaves_flat", relationship="neighbour", occasions=10,
    text="""\
Statement of [NAME 1]. I have lived at Flat 2, [ADDRESS] since 2023. In January I complained to the housing association about music from Flat 1 below me. The man in Flat 1, [NAME 2], was told to keep it down and he blamed me. For a few weeks he banged on his ceiling and left notes about me being a 'snitch'. That I could live with. Since about March it has changed. He keeps a notebook by his window and I have seen him write in it every time I go out or come in. He has told me what time I came home on nights I didn't think anyone saw me. When my sister visited he asked her how long she was staying. He has followed me to the bus stop on at least four mornings, got on the same bus and then stayed on when I got off. He has never threatened me. There is no noise any more, it is not about that. It is about me. I stopped sleeping at the flat on 2 May and I am staying with my sister in [TOWN]. I have asked for a transfer and I now take a different bus route to work.""",
    spans=[
        ("STALK_CONTACT", "left notes about me being a 'snitch'"),
        ("ESCALATION", "Since about March it has changed"),
        ("STALK_MONITOR", "He keeps a notebook by his window and I have seen him write in it every time I go out or come in"),
        ("STALK_MONITOR", "He has told me what time I came home"),
        ("STALK_MONITOR", "When my sister visited he asked her how long she was staying"),
        ("STALK_FOLLOW", "He has followed me to the bus stop on at least four mornings"),
        ("FIXATION", "It is about me."),
        ("SERIOUS_IMPACT", "I stopped sleeping at the flat on 2 May"),
        ("SERIOUS_IMPACT", "I now take a different bus route to work"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSF",
    voice="mo_field", case="upper", noise="abbrev", batch="za",
    pattern="repaid_lender_keeps_pursuing_borrower_turns_up_at_work_face_threats", relationship="acquaintance", occasions=10,
    text="""\
MO: IP BORROWED £200 FROM SUSP (KNOWS HIM VIA HER BROTHER) 01/26, REPAID IN FULL 03/26 - SUSP ACCEPTS THIS. SUSP CONTINUED TO CONTACT IP AFTER REPAYMENT ('U OWE ME A DRINK AT LEAST'), COMMENTS ON ALL HER PHOTOS, TURNS UP AT HER WORK (NAIL BAR) 5+ TIMES, FOLLOWED HER HOME ON FOOT 22/04. WHEN IP BLOCKED HIM: 'U DONT GET TO BLOCK ME. ILL BE WAITING'. 29/04 TEXT FROM NEW NO: 'IF I CANT TALK TO U NOBODY WILL, ILL CUT UR FACE'. 03/05 SAME AGAIN VIA FB MESSENGER. IP IN FEAR, BELIEVES HE WILL ATTACK HER. DEBT LONG SETTLED - CONDUCT IS ABOUT IP.""",
    spans=[
        ("STALK_CONTACT", "SUSP CONTINUED TO CONTACT IP AFTER REPAYMENT"),
        ("STALK_MONITOR", "COMMENTS ON ALL HER PHOTOS"),
        ("STALK_TURN_UP", "TURNS UP AT HER WORK (NAIL BAR) 5+ TIMES"),
        ("STALK_FOLLOW", "FOLLOWED HER HOME ON FOOT 22/04"),
        ("FIXATION", "'U DONT GET TO BLOCK ME. ILL BE WAITING'"),
        ("THREAT_VIOLENCE", "ILL CUT UR FACE"),
        ("REPETITION", "03/05 SAME AGAIN VIA FB MESSENGER"),
        ("FEAR_OF_VIOLENCE", "IP IN FEAR, BELIEVES HE WILL ATTACK HER"),
        ("FIXATION", "CONDUCT IS ABOUT IP"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="clean", batch="za",
    pattern="live_in_landlord_enters_room_questions_tenant_she_moves_out", relationship="landlord", occasions=9,
    text="""\
To whom it may concern. I am a tenancy support worker with Harbour Housing Support and I write with the consent of my client, Miss Chloe Vance, 23, who rented a room from Mr Keith Ambler at 6 Orchard Terrace from June until last month. Miss Vance raised a dispute with Mr Ambler in August because her deposit had not been protected and there was damp in her room. He dealt with that reasonably at first. From September, though, his behaviour changed. He went into her room on three occasions while she was out, and once she found her underwear drawer had been gone through. He started sitting in the shared kitchen whenever she came in and asking where she had been and who with. He sent her messages late at night saying he 'liked having her around' and that she 'shouldn't go out dressed like that'. He also turned up at the café where she works on two Saturdays and sat there for hours. He has not threatened her. Chloe moved out at short notice on 14 October, losing her deposit and two weeks' rent, and is now staying on friends' sofas. She has given up her Saturday shifts as well. I would ask that this is looked at as stalking and not as a landlord and tenant matter.""",
    spans=[
        ("ESCALATION", "From September, though, his behaviour changed"),
        ("STALK_PROPERTY", "He went into her room on three occasions while she was out"),
        ("STALK_PROPERTY", "her underwear drawer had been gone through"),
        ("STALK_MONITOR", "asking where she had been and who with"),
        ("STALK_CONTACT", "sent her messages late at night saying he 'liked having her around'"),
        ("STALK_TURN_UP", "turned up at the café where she works on two Saturdays and sat there for hours"),
        ("SERIOUS_IMPACT", "Chloe moved out at short notice on 14 October"),
        ("SERIOUS_IMPACT", "She has given up her Saturday shifts"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSF",
    voice="result_note", case="mixed", noise="abbrev", batch="za",
    pattern="rival_online_jewellery_seller_doxxes_and_threatens_acid", relationship="online", occasions=8,
    text="""\
RESULT: Charged s.4A PHA, remanded. IP and SUSP both sell resin jewellery online; public spat in Jan over copied designs was two-sided, not relied on. From Feb SUSP's conduct turned to IP herself: 3 accounts used to follow IP's personal Instagram after she blocked the first; IP's home town, gym and her daughter's dance school posted on a sellers' forum; a parcel of dead flowers sent to IP's home address. Threats: DM 11/03 'someone should throw acid on that face'; DM 02/04 'you won't see me coming'. IP is frightened to leave the house alone and believes SUSP will carry it out. Evidence: screenshots, forum data, Royal Mail tracking.""",
    spans=[
        ("FIXATION", "SUSP's conduct turned to IP herself"),
        ("STALK_MONITOR", "3 accounts used to follow IP's personal Instagram after she blocked the first"),
        ("STALK_PUBLISH", "IP's home town, gym and her daughter's dance school posted on a sellers' forum"),
        ("STALK_GIFTS", "a parcel of dead flowers sent to IP's home address"),
        ("THREAT_VIOLENCE", "'someone should throw acid on that face'"),
        ("THREAT_VIOLENCE", "'you won't see me coming'"),
        ("FEAR_OF_VIOLENCE", "IP is frightened to leave the house alone and believes SUSP will carry it out"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="za",
    pattern="refund_customer_fixates_on_shop_assistant_one_threat_shift_change", relationship="customer", occasions=7,
    text="""\
tues 4 feb - the man who had the row about the refund on the kettle came back in. asked for me by name (off my badge). said he wanted to apologise. bought nothing.
thurs 6 - back again, just stood by the magazines watching me serve for like 40 mins.
sat 8 - waiting outside the staff door when i finished at 6. said 'you and me got off on the wrong foot'. walked with me to the bus stop even tho i said no thanks.
mon 10 - in again. manager told him to leave. on the way out he leant over the till and said 'one day ill smash your face in'. it really scared me.
wed 12 - he was at my bus stop in the morning. dont know how he knows which one i use.
fri 14 - asked karen to swap me onto earlys so i finish in daylight. mum picking me up now. gave up my saturday shift.
sun 16 - hes found my insta. follow request + dm 'i only want to talk'. blocked.""",
    spans=[
        ("STALK_TURN_UP", "came back in. asked for me by name"),
        ("STALK_WATCH", "just stood by the magazines watching me serve for like 40 mins"),
        ("STALK_LOITER", "waiting outside the staff door when i finished at 6"),
        ("STALK_FOLLOW", "walked with me to the bus stop even tho i said no thanks"),
        ("THREAT_VIOLENCE", "'one day ill smash your face in'"),
        ("FEAR_OF_VIOLENCE", "it really scared me"),
        ("STALK_TURN_UP", "he was at my bus stop in the morning"),
        ("SERIOUS_IMPACT", "asked karen to swap me onto earlys so i finish in daylight"),
        ("SERIOUS_IMPACT", "gave up my saturday shift"),
        ("STALK_MONITOR", "hes found my insta"),
        ("STALK_CONTACT", "follow request + dm 'i only want to talk'"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="heavy", batch="za",
    pattern="losing_planning_objector_photographs_extension_build_racist_notes", relationship="neighbour", occasions=8,
    text="""\
RP MR ARJUN MEHTA 14 PRIORY WLK. BUILDIN SINGLE STOREY REAR EXT (HAS PP). NIEGHBOUR AT NO.16 MR COLIN DALE OBJECTED AT PLANNING + LOST. SINCE BUILD STARTED 3 WKS AGO DALE STANDS AT HIS BACK FENCE PHOTOGRAPHING THE BUILDERS + FOOTINGS MOST DAYS, HAS RANG BLDG CONTROL 4 TIMES. RP SAYS HE CAN LIVE WITH THAT BUT - NOTE THRU DOOR 12/06 'GO BUILD YOUR CURRY HOUSE IN INDIA'. 2ND NOTE 19/06 'YOUR LOT RUIN EVERY STREET, P**I'. SAT DALE SHOUTED 'GO HOME' OVER FENCE AT RP'S WIFE. RP ANGRY NOT SCARED. ALL ABOUT THE EXT, DALE NEVER BOTHERED THEM IN 8 YRS BEFORE. NOTES KEPT, RP HAS PHOTOD THEM. PLS ATTEND TO COLLECT.""",
    spans=[
        ("STALK_WATCH", "STANDS AT HIS BACK FENCE PHOTOGRAPHING THE BUILDERS + FOOTINGS"),
        ("REPETITION", "MOST DAYS"),
        ("STALK_CONTACT", "NOTE THRU DOOR 12/06"),
        ("RACIAL_HOSTILITY", "'GO BUILD YOUR CURRY HOUSE IN INDIA'"),
        ("STALK_CONTACT", "2ND NOTE 19/06"),
        ("RACIAL_HOSTILITY", "'YOUR LOT RUIN EVERY STREET, P**I'"),
        ("RACIAL_HOSTILITY", "SHOUTED 'GO HOME' OVER FENCE AT RP'S WIFE"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="notebook", case="mixed", noise="abbrev", batch="za",
    pattern="rival_off_licence_owner_religious_taunts_across_parade", relationship="business", occasions=7,
    text="""\
1415 hrs. IP Mr Yusuf Hamid (Hamid Mini Market, 3 Station Pde) states SUSP Mr Barry Quayle, off-licence opposite, has been shouting abuse at him since IP got his alcohol licence in Aug & started selling beer & wine. On at least 6 occasions in Sept SUSP has stood in his own doorway & shouted across at IP & his customers: 'you lot aren't even allowed to drink it, hypocrite', 'Allah wouldn't like that would he', 'go and pray and leave the booze to us'. Last Thurs SUSP put a sign in his window 'Proper English offy - no halal rubbish'. IP says it's all about the trade, SUSP has lost customers. IP not frightened - 'he's all mouth' - but embarrassed in front of customers. No threats. W/S obtained, CCTV to download.""",
    spans=[
        ("STALK_CONTACT", "shouting abuse at him"),
        ("REPETITION", "On at least 6 occasions in Sept"),
        ("RELIGIOUS_HOSTILITY", "'you lot aren't even allowed to drink it, hypocrite'"),
        ("RELIGIOUS_HOSTILITY", "'Allah wouldn't like that would he'"),
        ("RELIGIOUS_HOSTILITY", "'go and pray and leave the booze to us'"),
        ("RELIGIOUS_HOSTILITY", "'Proper English offy - no halal rubbish'"),
        ("DISTRESS", "embarrassed in front of customers"),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="victim_diary", case="mixed", noise="typos", batch="za",
    pattern="neighbour_objects_to_work_van_anti_polish_abuse_and_sticker", relationship="neighbour", occasions=5,
    text="""\
12.04 - Mr Harris from 18 again about my van. He say my work van is too big for the street and he cannot see when he pull out. He took photo of van and my registration. Said 'go back to Poland and park there'.
15.04 - Note on van window 'No parking for Polacks'. I keep it.
20.04 - He is shouting from his garden when I come home, 'bloody Polish, you take our jobs and our parking'. My daughter hear this.
26.04 - Again photos of the van, he tell me he report me to council for comercial vehicle. OK, this is his right.
02.05 - He put a sticker on the van 'F*** OFF HOME'. I must clean it before work.
I am not afraid of him, he is old man. But is not nice for my children to hear these things. It is only about the van, every time he say something is about the van.""",
    spans=[
        ("STALK_WATCH", "He took photo of van and my registration"),
        ("RACIAL_HOSTILITY", "'go back to Poland and park there'"),
        ("RACIAL_HOSTILITY", "'No parking for Polacks'"),
        ("RACIAL_HOSTILITY", "'bloody Polish, you take our jobs and our parking'"),
        ("STALK_WATCH", "Again photos of the van"),
        ("STALK_PROPERTY", "He put a sticker on the van"),
        ("RACIAL_HOSTILITY", "'F*** OFF HOME'"),
    ],
)

case(
    28, "aggravated_harassment", "CRD",
    voice="supervisor_review", case="mixed", noise="clean", batch="za",
    pattern="car_park_objector_emails_gurdwara_secretary_anti_sikh_abuse", relationship="stranger", occasions=19,
    text="""\
Supervisor's review, Insp. Carole Mbeki. The victim, Mr Harjit Sandhu, is secretary of the gurdwara building committee and named on its car park planning application. The suspect, Mr Neville Ord, lives two streets away and has objected. Between 1 and 28 February he sent Mr Sandhu 19 emails. I have read them all. Every one is about the application - Sunday parking, traffic, noise - but most also contain hostility towards Sikhs: 'your people', 'take your turbans and your temple somewhere else', 'this was a Christian town once'. None contains a threat of violence, and Mr Ord has not approached Mr Sandhu in person or shown any interest in him beyond the application. Recorded as stalking - I disagree, this is issue-driven contact only. Mr Sandhu has stood down as committee secretary because he could not face opening the emails. Reclassified to religiously aggravated harassment. Proceed to interview.""",
    spans=[
        ("REPETITION", "Between 1 and 28 February"),
        ("STALK_CONTACT", "he sent Mr Sandhu 19 emails"),
        ("RELIGIOUS_HOSTILITY", "'take your turbans and your temple somewhere else'"),
        ("RELIGIOUS_HOSTILITY", "'this was a Christian town once'"),
        ("SERIOUS_IMPACT", "Mr Sandhu has stood down as committee secretary"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="mo_field", case="lower", noise="abbrev", batch="za",
    pattern="sacked_call_centre_agent_racist_whatsapps_to_team_leader", relationship="colleague", occasions=25,
    text="""\
susp sacked from call centre 14/7, blames ip (team leader) for it. 25+ whatsapps to ip since re the sacking: 'only got the job cos ur black', 'monkey' x2. no threats, all about the job. ip angry not scared.""",
    spans=[
        ("STALK_CONTACT", "25+ whatsapps to ip since re the sacking"),
        ("RACIAL_HOSTILITY", "'only got the job cos ur black'"),
        ("RACIAL_HOSTILITY", "'monkey' x2"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="statement", case="mixed", noise="typos", batch="za",
    pattern="hedge_dispute_neighbour_racist_threats_with_shears", relationship="neighbour", occasions=2,
    text="""\
I am 44 and I live at 3 Alder Mews with my two teenage sons. We are originaly from Ghana. The problem with my neighbour at number 5, Mr Stephen Pryce, is the hedge between our gardens which he says I must cut because it blocks his light. I have cut it twice but he says it is not enough. On 7 July I was in the garden and he leaned over and said 'cut it or I'll cut you, you black b****'. I went inside. On 21 July he was waiting by my car in the morning and said 'I told you what I'd do. Your kind don't listen'. He had a pair of garden shears in his hand and he opened and closed them at me. I am very frightened of this man now, I truely beleive he will stab me or hurt me. I have not been in my back garden since. He is only ever on about the hedge, he has not done anything else to me.""",
    spans=[
        ("THREAT_VIOLENCE", "'cut it or I'll cut you"),
        ("RACIAL_HOSTILITY", "you black b****'"),
        ("STALK_LOITER", "he was waiting by my car in the morning"),
        ("RACIAL_HOSTILITY", "Your kind don't listen"),
        ("THREAT_VIOLENCE", "He had a pair of garden shears in his hand and he opened and closed them at me"),
        ("FEAR_OF_VIOLENCE", "I truely beleive he will stab me or hurt me"),
        ("SERIOUS_IMPACT", "I have not been in my back garden since"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="lower", noise="heavy", batch="za",
    pattern="chip_shop_owner_racist_arson_threats_to_rival_takeaway", relationship="business", occasions=3,
    text="""\
upd 1 - ip mr li wei, owner of lucky star chinese takeaway 8 mill st. susp gary nunn runs the chippy next door (nunns plaice). nunn unhappy since ip opend in march + does chips cheaper.
upd 2 - ip states 4/4 nunn came in, shouted 'chinky rat, ur killing my trade' in front of custmers and said 'ill burn this place down with you in it'.
upd 3 - 11/4 nunn stood outside ip shop approx 1hr handing out leaflets 'real british chips next door, not cat', filming ip thru the window.
upd 4 - 18/4 ip locking up, nunn in the alley: 'remember what i said chink, petrols cheap'. ip terrified, thinks nunn will torch the place while hes asleep in the flat above, not sleeping.
upd 5 - cctv obtained. nunn says 'banter'. chgd, bailed.""",
    spans=[
        ("RACIAL_HOSTILITY", "'chinky rat, ur killing my trade'"),
        ("THREAT_VIOLENCE", "'ill burn this place down with you in it'"),
        ("STALK_LOITER", "nunn stood outside ip shop approx 1hr handing out leaflets"),
        ("RACIAL_HOSTILITY", "'real british chips next door, not cat'"),
        ("STALK_WATCH", "filming ip thru the window"),
        ("RACIAL_HOSTILITY", "'remember what i said chink"),
        ("THREAT_VIOLENCE", "petrols cheap'"),
        ("FEAR_OF_VIOLENCE", "ip terrified, thinks nunn will torch the place while hes asleep in the flat above"),
        ("DISTRESS", "not sleeping"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="clean", batch="za",
    pattern="snooker_club_lender_antisemitic_threats_over_missed_repayments", relationship="acquaintance", occasions=2,
    text="""\
Caller Mr Daniel Rosen, 52, owes £1,800 to Terry Platt from his snooker club and has missed two £100 payments. Platt rang him on 3rd Feb and said 'you people are meant to be good with money, pay up or I'll put you in a wheelchair'. Second call last night (10th) at about 2300: 'typical Jew, robbing a working man. I know where you live, I'm coming for my money and your kneecaps'. Caller is frightened to answer the door and genuinely believes Platt will hurt him. Platt only wants the money, no other contact. PNC: Platt previous for ABH. Grade 2.""",
    spans=[
        ("STALK_CONTACT", "Platt rang him on 3rd Feb"),
        ("RELIGIOUS_HOSTILITY", "you people are meant to be good with money"),
        ("THREAT_VIOLENCE", "pay up or I'll put you in a wheelchair"),
        ("RELIGIOUS_HOSTILITY", "'typical Jew, robbing a working man"),
        ("THREAT_VIOLENCE", "I'm coming for my money and your kneecaps'"),
        ("FEAR_OF_VIOLENCE", "genuinely believes Platt will hurt him"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="redacted", batch="za",
    pattern="campaigner_against_site_expansion_threatens_traveller_warden", relationship="stranger", occasions=2,
    text="""\
Crime summary. IP [NAME 1] is the resident warden at the council Travellers' site at [LOCATION] and is himself an Irish Traveller. SUSP [NAME 2] is a leading figure in the campaign against expanding the site from 12 to 20 pitches. SUSP's Saturday placard protests at the entrance are lawful and not relied on. On [DATE] SUSP approached IP at the gate and said 'you pikeys are all the same, expand this and I'll make sure you personally get hurt'. On [DATE] SUSP pushed a note under IP's office door: 'Dirty knackers. Last warning. We'll come with bats.' IP says he has had a lot of abuse over the years but this frightened him and he believes SUSP will follow through. SUSP's interest is the expansion, not IP personally.""",
    spans=[
        ("RACIAL_HOSTILITY", "'you pikeys are all the same"),
        ("THREAT_VIOLENCE", "I'll make sure you personally get hurt'"),
        ("RACIAL_HOSTILITY", "'Dirty knackers."),
        ("THREAT_VIOLENCE", "We'll come with bats.'"),
        ("FEAR_OF_VIOLENCE", "this frightened him and he believes SUSP will follow through"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="inconsistent", noise="typos", batch="za",
    pattern="resident_angry_at_friday_prayer_parking_threatens_imam_twice", relationship="neighbour", occasions=2,
    text="""\
Email recieved from mosque trustee, forwarded to OIC:
'I'm writing about Imam Tariq Bashir of Al-Noor Masjid, Carr Street. For months Mr Dennis Fell at no.40 has complained about worshippers parking on Carr St for friday prayers, which to be fair is a real problem and we have been trying to sort it with stewards. But on 2 Fridays in a row he has come to the IMAM personally. On the 6th he shouted at the Imam on the steps 'your Allah can't park and he can't save you, I'll smash your head in'. On the 13th he was there again and said 'I'll do you, you and all your Muslim scum'. The Imam is a quiet man and he is now scared, he has asked me to walk him to his car after isha prayers as he is frightened Mr Fell will attack him. Several of us witnesed the 13th.'
CAD ref attached. IP not yet spoken to - oic to arrange.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "'your Allah can't park and he can't save you"),
        ("THREAT_VIOLENCE", "I'll smash your head in'"),
        ("REPETITION", "On the 13th he was there again"),
        ("THREAT_VIOLENCE", "'I'll do you"),
        ("RELIGIOUS_HOSTILITY", "you and all your Muslim scum'"),
        ("FEAR_OF_VIOLENCE", "he is frightened Mr Fell will attack him"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="notebook", case="upper", noise="abbrev", batch="za",
    pattern="bins_dispute_resolved_neighbour_posts_movements_follows_to_mosque", relationship="neighbour", occasions=8,
    text="""\
17/09 1830 ATT 9 CEDAR CT. IP MS HODAN WARSAME, 37. DISPUTE WITH NEIGHBOUR SUSP (GAIL, NO.11) BEGAN OVER BINS LEFT ON SHARED PATH IN JUNE. BINS NOW SORTED (COUNCIL MOVED THEM) BUT SUSP HAS NOT STOPPED. IP SHOWED ME LOCAL FB GROUP - SUSP POSTS ABOUT IP EVERY FEW DAYS: 'NO.9 OUT AGAIN AT 6AM, WHERE'S SHE GOING IN THAT TENT', 'BLACK BIN BAG ON LEGS'. SUSP SAT IN HER CAR OPP IP'S HOUSE FOR 2 HRS SUN (VIEWED IP'S DOORBELL FOOTAGE). IP SAYS SUSP DROVE BEHIND HER TO THE MOSQUE FRI + PARKED UP OUTSIDE. IP UPSET. NO THREATS, ROUTINE UNCHANGED. SUSP NOT IN, CARD LEFT. CRIME RPT - STALKING, RACIALLY/RELIGIOUSLY AGG.""",
    spans=[
        ("FIXATION", "BINS NOW SORTED (COUNCIL MOVED THEM) BUT SUSP HAS NOT STOPPED"),
        ("STALK_PUBLISH", "SUSP POSTS ABOUT IP"),
        ("REPETITION", "EVERY FEW DAYS"),
        ("STALK_MONITOR", "'NO.9 OUT AGAIN AT 6AM"),
        ("RELIGIOUS_HOSTILITY", "WHERE'S SHE GOING IN THAT TENT'"),
        ("RACIAL_HOSTILITY", "'BLACK BIN BAG ON LEGS'"),
        ("STALK_LOITER", "SUSP SAT IN HER CAR OPP IP'S HOUSE FOR 2 HRS"),
        ("STALK_FOLLOW", "SUSP DROVE BEHIND HER TO THE MOSQUE FRI + PARKED UP OUTSIDE"),
        ("DISTRESS", "IP UPSET"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="za",
    pattern="rival_wedding_photographer_moves_from_fake_reviews_to_following_her", relationship="business", occasions=8,
    text="""\
I am a wedding photographer and I have run Kaur Photography since 2019. Jason Tillett runs a rival business in the same town. Last year we both pitched to be on the preferred supplier list at Ashby Hall and I got it. Since then he has written reviews of my business under false names, which I reported to Google. I could have put up with that. What worries me is what came after. He started commenting on my personal Instagram, not the business account, on photos of my family. He wrote 'go photograph arranged marriages back in Punjab' and 'curry-stained lens'. He has turned up at two weddings I was shooting although nobody had booked him, and stood at the back photographing me, not the couple. In November I found him parked at the end of my road in his van on a Sunday morning. I have no idea how he got my home address. Last week a wedding magazine rang me to confirm an advert I had supposedly booked, which I never did. None of this is about Ashby Hall any more. I feel he is obsessed with me. I am not frightened he will hurt me and I have carried on working, but I am always looking over my shoulder.""",
    spans=[
        ("STALK_PUBLISH", "written reviews of my business under false names"),
        ("STALK_MONITOR", "commenting on my personal Instagram, not the business account, on photos of my family"),
        ("RACIAL_HOSTILITY", "'go photograph arranged marriages back in Punjab'"),
        ("RACIAL_HOSTILITY", "'curry-stained lens'"),
        ("STALK_TURN_UP", "turned up at two weddings I was shooting although nobody had booked him"),
        ("STALK_WATCH", "stood at the back photographing me, not the couple"),
        ("STALK_LOITER", "parked at the end of my road in his van on a Sunday morning"),
        ("STALK_ORDERS", "an advert I had supposedly booked, which I never did"),
        ("FIXATION", "I feel he is obsessed with me"),
        ("DISTRESS", "I am always looking over my shoulder"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="za",
    pattern="dismissed_warehouse_worker_follows_jewish_hr_adviser_to_synagogue", relationship="colleague", occasions=7,
    text="""\
Reasons. The defendant, Mr Aaron Kittle, was dismissed by Brayfield Logistics in March. Mrs Rivka Stein, the HR adviser, conducted the dismissal meeting, and the defendant's appeal was rejected in April. We accept that his early emails to the company were a legitimate, if intemperate, pursuit of that appeal, and we put them to one side. From May, however, the conduct was directed at Mrs Stein personally. We find that on three Friday evenings he followed her on foot from the office to the synagogue and stood outside until she left; that he sent cards to her home address referring to her children by name; and that he wrote on a public forum that 'the Jewess in HR' had rigged his hearing 'like her lot rig everything'. We are satisfied that this was fixation on Mrs Stein and that it demonstrated hostility based on her religion. Mrs Stein did not describe any fear of violence and has continued to work. We find the charge of religiously aggravated stalking proved.""",
    spans=[
        ("ESCALATION", "From May, however, the conduct was directed at Mrs Stein personally"),
        ("STALK_FOLLOW", "he followed her on foot from the office to the synagogue"),
        ("STALK_LOITER", "stood outside until she left"),
        ("STALK_CONTACT", "sent cards to her home address referring to her children by name"),
        ("STALK_PUBLISH", "wrote on a public forum"),
        ("RELIGIOUS_HOSTILITY", "'the Jewess in HR'"),
        ("RELIGIOUS_HOSTILITY", "'like her lot rig everything'"),
        ("FIXATION", "this was fixation on Mrs Stein"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="redacted", batch="za",
    pattern="tenant_wins_deposit_dispute_then_fixates_on_letting_negotiator", relationship="customer", occasions=8,
    text="""\
MO: SUSP IS FORMER TENANT OF A PROPERTY MANAGED BY [AGENCY]. IP (BLACK BRITISH FEMALE) IS THE NEGOTIATOR WHO DID HIS CHECK-OUT. £600 WITHHELD FROM DEPOSIT, DISPUTE DECIDED BY SCHEME IN SUSP'S FAVOUR [DATE], MONEY REPAID. AFTER THAT SUSP: WAITED OUTSIDE OFFICE AT CLOSING X4, FOLLOWED IP TO [STATION], SENT HER FRIEND REQUESTS FROM 3 ACCOUNTS, LEFT A PARCEL AT THE OFFICE ADDRESSED TO IP CONTAINING A BANANA AND A NOTE 'FOR YOU AND YOUR COUSINS AT THE ZOO'. IP DISTRESSED, NO THREATS, STILL AT WORK. NO ISSUE LEFT BETWEEN THEM - CONDUCT IS ABOUT IP.""",
    spans=[
        ("STALK_LOITER", "WAITED OUTSIDE OFFICE AT CLOSING X4"),
        ("STALK_FOLLOW", "FOLLOWED IP TO [STATION]"),
        ("STALK_CONTACT", "SENT HER FRIEND REQUESTS FROM 3 ACCOUNTS"),
        ("STALK_GIFTS", "LEFT A PARCEL AT THE OFFICE ADDRESSED TO IP CONTAINING A BANANA"),
        ("RACIAL_HOSTILITY", "'FOR YOU AND YOUR COUSINS AT THE ZOO'"),
        ("DISTRESS", "IP DISTRESSED"),
        ("FIXATION", "CONDUCT IS ABOUT IP"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="victim_diary", case="lower", noise="heavy", batch="za",
    pattern="hmo_developer_fixates_on_planning_objector_hindu_hostility", relationship="stranger", occasions=9,
    text="""\
aug - my objection went in re the HMO at no.22, planning refused. developer (mr quinn) v angry, fair enough.
wk after - quinn parked outside my house, just sat there. saw him 3 nites that week.
sept - hes found my fb. comments on pics of my daughters birthday 'nice to see the family'. dont even no how he found it.
sept - card thru door 'ur gods cant help u here, ur not in india now. i see u every day'. i cried.
oct 2 - he was in the temple car park when we came out on sun. stood by his car watching.
oct 9 - same again.
hes not threatend to hurt me. im still going to work, still doing the school run. but its not about the planning anymore is it, its me.""",
    spans=[
        ("STALK_LOITER", "quinn parked outside my house, just sat there"),
        ("REPETITION", "saw him 3 nites that week"),
        ("STALK_MONITOR", "hes found my fb"),
        ("STALK_CONTACT", "comments on pics of my daughters birthday 'nice to see the family'"),
        ("RELIGIOUS_HOSTILITY", "'ur gods cant help u here"),
        ("RACIAL_HOSTILITY", "ur not in india now"),
        ("FIXATION", "i see u every day'"),
        ("DISTRESS", "i cried"),
        ("STALK_WATCH", "stood by his car watching"),
        ("REPETITION", "oct 9 - same again"),
        ("FIXATION", "its not about the planning anymore is it, its me"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSFRD",
    voice="vps", case="mixed", noise="clean", batch="za",
    pattern="garage_planning_objector_watched_followed_threatened_by_neighbour", relationship="neighbour", occasions=6,
    text="""\
I have been asked to say how this has affected me. It began when I objected to Mr Fenwick's plans for a two-storey garage next door. I did it properly, on the council website. After that he would not leave me alone, and very quickly it stopped being about the garage. He watched my house from his upstairs window with binoculars; I saw them. He followed me to the Post Office and to my GP. He wrote 'immigrant grass' in chalk on the pavement outside my gate. Twice he told me he would 'send me back to Lagos in a box', once in the street and once through my letterbox. I believed him. I thought he was going to kill me. I have had cameras put up front and back, I no longer go out after dark and I do my shopping online. I have moved my bedroom to the back of the house so he cannot see my light. I am seventy-three. I came to this country in 1979 and I have never felt like this.""",
    spans=[
        ("FIXATION", "very quickly it stopped being about the garage"),
        ("STALK_WATCH", "He watched my house from his upstairs window with binoculars"),
        ("STALK_FOLLOW", "He followed me to the Post Office and to my GP"),
        ("RACIAL_HOSTILITY", "'immigrant grass'"),
        ("STALK_PROPERTY", "in chalk on the pavement outside my gate"),
        ("THREAT_VIOLENCE", "he would 'send me back to Lagos in a box'"),
        ("REPETITION", "once in the street and once through my letterbox"),
        ("FEAR_OF_VIOLENCE", "I thought he was going to kill me"),
        ("SERIOUS_IMPACT", "I have had cameras put up front and back"),
        ("SERIOUS_IMPACT", "I no longer go out after dark"),
        ("SERIOUS_IMPACT", "I have moved my bedroom to the back of the house"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="updates", case="mixed", noise="abbrev", batch="za",
    pattern="landlord_keeps_entering_flat_after_repairs_fixed_anti_romanian_tenant_moves", relationship="landlord", occasions=10,
    text="""\
Update 1 14/01 - IP Ms Ioana Pop, 29, Romanian national, tenant of SUSP Mr Ray Hurst at 4a Quarry Lane. IP withheld Dec rent over broken boiler + unprotected deposit and reported him to council housing.
Update 2 16/01 - IP provides list: SUSP let himself into flat while she was at work on 3 occ (items moved, bedroom door left open); SUSP now texts her daily 'where r u tonight', 'who was the man'; sat in his car outside her work (hotel) 2 x. Msg 09/01: 'you Romanian gypsies are all the same, I'll be watching you'.
Update 3 20/01 - boiler fixed, rent paid. Conduct carried on regardless - housing issue resolved, this is about IP. No threats.
Update 4 25/01 - IP has moved out to a friend's in Leyton, changed her number. Crime amended.""",
    spans=[
        ("STALK_PROPERTY", "SUSP let himself into flat while she was at work on 3 occ"),
        ("STALK_CONTACT", "SUSP now texts her daily"),
        ("STALK_MONITOR", "'where r u tonight', 'who was the man'"),
        ("STALK_LOITER", "sat in his car outside her work (hotel) 2 x"),
        ("RACIAL_HOSTILITY", "'you Romanian gypsies are all the same"),
        ("FIXATION", "I'll be watching you'"),
        ("FIXATION", "housing issue resolved, this is about IP"),
        ("SERIOUS_IMPACT", "IP has moved out to a friend's in Leyton"),
        ("SERIOUS_IMPACT", "changed her number"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="call_log", case="inconsistent", noise="typos", batch="za",
    pattern="sacked_bakery_worker_waits_near_supervisors_home_hijab_abuse_route_change", relationship="colleague", occasions=9,
    text="""\
Caller - Mrs Nasreen AKHTAR, supervisor at Fenwick bakery. ex-worker Lewis BRAY sacked in june, at first just rang the bakery about his pay. but since august he has been outside her HOUSE not the bakery - she has seen him 5 or 6 times standing by the lamp post at the end of her road. He follwed her into Asda last week and went down every aisle she did. sent her a friend request and a msg 'nice hijab, hiding something?' and later 'your lot shouldnt be in charge of english people'. Caller has changed her route to work, drives the long way round the ring road now, and has stopped going to that Asda. NO threats, not scared he'll hurt her but she 'cant live like this'. log for OIC.""",
    spans=[
        ("FIXATION", "since august he has been outside her HOUSE not the bakery"),
        ("REPETITION", "5 or 6 times"),
        ("STALK_LOITER", "standing by the lamp post at the end of her road"),
        ("STALK_FOLLOW", "He follwed her into Asda last week and went down every aisle she did"),
        ("STALK_CONTACT", "sent her a friend request"),
        ("RELIGIOUS_HOSTILITY", "'nice hijab, hiding something?'"),
        ("RACIAL_HOSTILITY", "'your lot shouldnt be in charge of english people'"),
        ("SERIOUS_IMPACT", "Caller has changed her route to work"),
        ("SERIOUS_IMPACT", "has stopped going to that Asda"),
        ("DISTRESS", "she 'cant live like this'"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFRD",
    voice="supervisor_review", case="mixed", noise="clean", batch="za",
    pattern="rival_driving_instructor_follows_lessons_doxxes_sikh_instructor_threats", relationship="business", occasions=12,
    text="""\
Supervisor review, DS Alan Greaves. This has been treated as a business dispute between two driving instructors and has gone between teams three times. Having read the whole file, it is more than that. The suspect and the victim compete for pupils in the same town, and the early complaints (the suspect reporting the victim to the DVSA, leaflets through doors) were about work. From March the suspect has followed the victim's dual-control car during lessons on at least eight occasions, including when the victim's own teenage son was at the wheel; sat outside the victim's home; and posted the victim's home address in a local Facebook group with the words 'the towelhead who steals your kids' lessons lives here'. On 2 April he told the victim 'I'll take that turban off your head and you with it', and on 23 April he left a voicemail: 'you're finished, I'll cut you'. The victim is frightened for his safety, has stopped teaching evening lessons and has had CCTV installed. This is clear fixation, racially aggravated, with fear of violence and serious distress. Reallocate to the stalking unit today and consider arrest rather than a voluntary interview.""",
    spans=[
        ("STALK_FOLLOW", "followed the victim's dual-control car during lessons on at least eight occasions"),
        ("STALK_LOITER", "sat outside the victim's home"),
        ("STALK_PUBLISH", "posted the victim's home address in a local Facebook group"),
        ("RACIAL_HOSTILITY", "'the towelhead who steals your kids' lessons lives here'"),
        ("THREAT_VIOLENCE", "'I'll take that turban off your head and you with it'"),
        ("THREAT_VIOLENCE", "'you're finished, I'll cut you'"),
        ("FEAR_OF_VIOLENCE", "The victim is frightened for his safety"),
        ("SERIOUS_IMPACT", "has stopped teaching evening lessons"),
        ("SERIOUS_IMPACT", "has had CCTV installed"),
        ("FIXATION", "This is clear fixation"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFRD",
    voice="notebook", case="lower", noise="clean", batch="za",
    pattern="anti_traffic_scheme_account_fixates_on_muslim_councillor_threats", relationship="online", occasions=6,
    text="""\
1100 town hall, cllr amina rashid (led the east ward low traffic scheme). lots of online abuse about the scheme since january, she is used to that. one account (@eastwardfreedom, believed to be darren kell) is different. he has posted her home address, photos of her car outside her house, and a photo of her at her daughter's school gate captioned 'mrs sharia at pick up'. he messaged her 'go back to pakistan before someone sends you there' on 4 march, and on 19 march 'your hijab won't stop a brick'. she says she believes he will attack her, and she has stopped holding surgeries in person. the scheme was paused in february and his posts have increased since. it is not about the roads any more.""",
    spans=[
        ("STALK_PUBLISH", "he has posted her home address"),
        ("STALK_WATCH", "photos of her car outside her house"),
        ("STALK_WATCH", "a photo of her at her daughter's school gate"),
        ("RELIGIOUS_HOSTILITY", "'mrs sharia at pick up'"),
        ("RACIAL_HOSTILITY", "'go back to pakistan"),
        ("THREAT_VIOLENCE", "before someone sends you there'"),
        ("THREAT_VIOLENCE", "'your hijab won't stop a brick'"),
        ("FEAR_OF_VIOLENCE", "she believes he will attack her"),
        ("SERIOUS_IMPACT", "she has stopped holding surgeries in person"),
        ("ESCALATION", "his posts have increased since"),
        ("FIXATION", "it is not about the roads any more"),
    ],
)
