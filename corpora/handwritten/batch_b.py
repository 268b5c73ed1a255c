# ruff: noqa: E501
"""Hand-written narratives, writer b: crime report summaries and MO fields."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="b",
    pattern="colleague_gifts_car_park_teams_msgs", relationship="colleague", occasions=6,
    text="""\
IP Harriet OKONJO-BELL (34) reports that a male colleague, Dominic FAIRLEY (38), has been paying her attention she does not want since the Xmas do at Grainger Logistics, Avonmouth, where both work in the transport office. IP turned down his offer of a drink on 19/12 and told him she was not interested. Since then susp has left cards and a box of chocolates on her desk on at least 4 occasions, most recent Mon 03/02. IP has also seen him sat in his car (silver Astra, VRM not obtained) in the staff car park at the end of her shifts - he is on days, she is on lates, so no reason to be there. He has messaged her on Teams asking why she is ignoring him and 'we have a connection, you just need to admit it'. No threats. IP describes feeling uncomfortable but not scared and is still going in to work. HR (Mrs Leanne COWDREY) aware and have moved his desk. IP would like words of advice in the first instance - OIC to consider.""",
    spans=[
        ("UNWANTED", "told him she was not interested"),
        ("STALK_GIFTS", "left cards and a box of chocolates on her desk"),
        ("REPETITION", "on at least 4 occasions"),
        ("STALK_LOITER", "sat in his car (silver Astra, VRM not obtained) in the staff car park"),
        ("STALK_CONTACT", "messaged her on Teams asking why she is ignoring him"),
        ("FIXATION", "'we have a connection, you just need to admit it'"),
        ("DISTRESS", "feeling uncomfortable"),
    ],
)

case(
    2, "no_offence", "",
    voice="mo_field", case="upper", noise="abbrev", batch="b",
    pattern="shop_refusal_single_threat", relationship="customer", occasions=1,
    text="""\
SUSP REFUSED SALE OF ALCOHOL AT CO-OP FORE ST 2150HRS BECAME ABUSIVE TO STAFF MEMBER (IP) SHOUTED 'ILL BE WAITING FOR YOU WHEN YOU FINISH' THEN LEFT ON FOOT TOWARDS QUAY. IP SHAKEN. NOT SEEN BEFORE OR SINCE. CCTV REQ.""",
    spans=[
        ("THREAT_VIOLENCE", "'ILL BE WAITING FOR YOU WHEN YOU FINISH'"),
        ("DISTRESS", "IP SHAKEN"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="clean", batch="b",
    pattern="neighbour_parking_threats_elderly", relationship="neighbour", occasions=3,
    text="""\
Reported via 101 on 14/06. IP Gwen PRITCHARD (67) lives at 22 Bryn Terrace, Ystrad Mynach. Suspect is her next door neighbour at no. 24, Craig HOLLINS (45). There is a long-running issue about IP's grandson parking his works van across the front of the suspect's drive (the council say the dropped kerb is shared - separate matter, not for police).

On 02/06 at about 1900 the suspect came to IP's front door shouting that he would "put her through the window" if the van was there again. IP states she was terrified and locked herself in the back room until her grandson got home. On 09/06 he shouted over the back fence "last warning old woman, next time I'm coming in". IP says she genuinely believes he will hurt her. Third occasion 13/06, approx 2130, suspect banged on IP's front window with his fist and said "you're next". IP did not sleep that night as she thought he would go for her.

W1 is IP's daughter Sian PRITCHARD who was in the garden on 09/06 and heard the comment. Suspect not yet spoken to. Non-DA risk assessment completed - medium. IP is happy to provide a statement.""",
    spans=[
        ("THREAT_VIOLENCE", "he would \"put her through the window\""),
        ("FEAR_OF_VIOLENCE", "IP states she was terrified"),
        ("THREAT_VIOLENCE", "\"last warning old woman, next time I'm coming in\""),
        ("FEAR_OF_VIOLENCE", "genuinely believes he will hurt her"),
        ("REPETITION", "Third occasion"),
        ("THREAT_VIOLENCE", "\"you're next\""),
        ("FEAR_OF_VIOLENCE", "she thought he would go for her"),
    ],
)

case(
    4, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="b",
    pattern="stairwell_racial_abuse_repeated", relationship="neighbour", occasions=3,
    text="""\
SUSP (FLAT 3 ABOVE IP) ON 3 OCCASIONS SINCE 01/03 HAS SHOUTED AT IP ON COMMUNAL STAIRWELL INC 'GO BACK TO PAKISTAN' + 'P***' (SEE MG11). ALSO LOUD MUSIC LATE (HOUSING AWARE, SEPARATE). IP V DISTRESSED, NOT IN FEAR. LAST OCC 18/03 ON BWV OF PC 2290.""",
    spans=[
        ("REPETITION", "ON 3 OCCASIONS SINCE 01/03"),
        ("RACIAL_HOSTILITY", "'GO BACK TO PAKISTAN'"),
        ("RACIAL_HOSTILITY", "'P***'"),
        ("DISTRESS", "IP V DISTRESSED"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="typos", batch="b",
    pattern="ex_turns_up_new_numbers_moved_home", relationship="ex_partner", occasions=8,
    text="""\
Circs: IP Becky LANCASTER-HOYLE (26) and susp Ryan TEMPEST (29) were together approx 2 yrs, seperated end of Aug 2024 at IP's instigation, no children. IP reports that since then susp has turned up at her home address on Garstang Rd, Kirkham at least 6 times, usualy late evening, knocking and asking to "just talk". IP's mum has also seen him waiting outside the Tesco Express where IP works (Poulton Rd) when IP was due to finish. IP has blocked him on all platforms; he now texts from different numbers saying he will never give up on them. No threats of violence and IP says she does not think he would hurt her physically, however she is not sleeping, has moved back in with her parents in Thornton and has swapped onto early shifts so she isnt leaving work in the dark. GP has prescribed her medication for anxiety. Susp no previous, PNC nil. Enquiries: TT susp x2 no ans, VM left requesting he contacts OIC.""",
    spans=[
        ("STALK_TURN_UP", "turned up at her home address on Garstang Rd"),
        ("REPETITION", "at least 6 times"),
        ("STALK_LOITER", "waiting outside the Tesco Express where IP works"),
        ("UNWANTED", "IP has blocked him on all platforms"),
        ("STALK_CONTACT", "texts from different numbers"),
        ("FIXATION", "he will never give up on them"),
        ("DISTRESS", "she is not sleeping"),
        ("SERIOUS_IMPACT", "has moved back in with her parents in Thornton"),
        ("SERIOUS_IMPACT", "has swapped onto early shifts"),
        ("SERIOUS_IMPACT", "GP has prescribed her medication for anxiety"),
    ],
)

case(
    6, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="b",
    pattern="unhappy_customer_abusive_whatsapps", relationship="customer", occasions=5,
    text="""\
12/05 1030 PC 4417 ADEYEMI (OIC): I have spoken to IP Lewis McCARTHY by phone. He is a self-employed plasterer. Susp Gail RENSHAW is a former customer unhappy with a ceiling he did for her in Feb. Since 20/04 she has left 1-star reviews (not crime) and sent him numerous abusive WhatsApps calling him a 'conman' and 'scum' and saying she'll 'make sure everyone knows what a crook he is'. IP says its getting him down and his wife is upset by it.

14/05 0915: Screenshots recvd from IP, attached as LM/1. Msgs dated 20/04, 22/04, 27/04, 01/05, 09/05 - approx 25 in total. Abusive but no threats.

16/05 1400: Susp interviewed VA at Bootle. States she is owed £1,400 and was 'just telling him what she thinks of him'. Accepts sending msgs. Advised re small claims route.

18/05: Awaiting sgt review re disposal.""",
    spans=[
        ("STALK_CONTACT", "sent him numerous abusive WhatsApps"),
        ("DISTRESS", "its getting him down"),
        ("REPETITION", "Msgs dated 20/04, 22/04, 27/04, 01/05, 09/05"),
        ("REPETITION", "approx 25 in total"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="b",
    pattern="gym_follow_photo_post_anti_polish", relationship="acquaintance", occasions=5,
    text="""\
IP Kasia WROBEL (27), a Polish national living in Carlisle, reports ongoing behaviour by Neil STANWAY (50s), who she only knows from the gym at the leisure centre on Castle Way. Over the last five weeks the suspect has followed her from the gym to the bus stop on Lowther Street on several occasions. On two evenings she has got off the bus on Mill Lane and seen him standing at the stop near her flat, although he does not live nearby. He has put a post on Facebook with a photo of her on the treadmill, taken without her knowledge, captioned "another one over here taking our jobs and our men". In the car park last week he said to her "you Polish girls are all the same". IP has told him to leave her alone. She says she is angry rather than frightened and is still going to the gym. The gym manager has banned the suspect from 10/10. Screenshot of the post saved by IP's friend before it was deleted.""",
    spans=[
        ("REPETITION", "Over the last five weeks"),
        ("STALK_FOLLOW", "followed her from the gym to the bus stop"),
        ("STALK_LOITER", "seen him standing at the stop near her flat"),
        ("STALK_PUBLISH", "put a post on Facebook with a photo of her on the treadmill"),
        ("RACIAL_HOSTILITY", "\"another one over here taking our jobs and our men\""),
        ("RACIAL_HOSTILITY", "\"you Polish girls are all the same\""),
        ("UNWANTED", "IP has told him to leave her alone"),
    ],
)

case(
    8, "no_offence", "",
    voice="crime_summary", case="mixed", noise="abbrev", batch="b",
    pattern="debt_agency_letters_calls", relationship="business", occasions=5,
    text="""\
Online report rec'd 07/11. RP Mr Anand SHARMA (52) states he is 'being harassed' by Lowther Credit Services over a disputed mobile phone contract (£312.40). He has had 5 letters since Aug and calls most weekdays between 0900-1700, all from the agency's 0330 number. Per RP calls are polite, reminding him of the balance and offering a payment plan. No home visits. RP finds it stressful and says it is affecting his sleep. RP advised this is a civil/regulatory matter - given FCA complaints route and Citizens Advice details. Non-crime incident recorded, no crime.""",
    spans=[
        ("DISTRESS", "RP finds it stressful"),
        ("DISTRESS", "affecting his sleep"),
    ],
)

case(
    9, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="b",
    pattern="shopkeeper_religious_threats_three_visits", relationship="customer", occasions=3,
    text="""\
I am the owner of Al-Noor Convenience Store on Roundhay Road, Leeds. I have run the shop for nine years. I have known the man I now know as Shaun DOCHERTY as a customer for around a year. He usually buys cider and cigarettes.

About three weeks ago, on Thursday the 4th, he came in at about 8pm and I refused to serve him because he was very drunk and swaying. He said "your lot want burning out" and that he would come back and do me. I was really scared. I believed he would come back and attack me and I closed early that night.

On the Sunday after, about 10pm, he came back and stood at the counter. He said "Allah won't save you". He picked up a can of beans from the shelf and pulled his arm back like he was going to throw it at my head. I thought he was going to hit me. I pressed the panic alarm under the counter and he walked out laughing.

Last night, Tuesday, at about 11pm when I was locking up he shouted through the door "Muslim scum". Then he said "you're getting it, I mean it". I am frightened that he is going to hurt me. I have never had any argument with him apart from refusing the sale.

The shop has CCTV which covers the counter and the door and I have given a copy to PC LINDQVIST.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"your lot want burning out\""),
        ("THREAT_VIOLENCE", "he would come back and do me"),
        ("FEAR_OF_VIOLENCE", "I believed he would come back and attack me"),
        ("RELIGIOUS_HOSTILITY", "\"Allah won't save you\""),
        ("THREAT_VIOLENCE", "pulled his arm back like he was going to throw it at my head"),
        ("FEAR_OF_VIOLENCE", "I thought he was going to hit me"),
        ("RELIGIOUS_HOSTILITY", "\"Muslim scum\""),
        ("THREAT_VIOLENCE", "\"you're getting it, I mean it\""),
        ("FEAR_OF_VIOLENCE", "I am frightened that he is going to hurt me"),
    ],
)

case(
    10, "stalking", "CS",
    voice="mo_field", case="lower", noise="abbrev", batch="b",
    pattern="ex_attends_home_work_flowers_new_insta", relationship="ex_partner", occasions=6,
    text="""\
susp (ex-p, rel ended june) repeatedly attending ip's home addr + workplace since sep. sends flowers weekly via florist to ip's work. ip has blocked him on all soc media, susp has made new insta accs x3 to msg her. no threats. ip 'fed up with it', wants it to stop, not wanting charge at this time.""",
    spans=[
        ("STALK_TURN_UP", "repeatedly attending ip's home addr + workplace"),
        ("STALK_GIFTS", "sends flowers weekly via florist"),
        ("UNWANTED", "ip has blocked him on all soc media"),
        ("STALK_CONTACT", "susp has made new insta accs x3 to msg her"),
        ("DISTRESS", "'fed up with it'"),
    ],
)

case(
    11, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="clean", batch="b",
    pattern="neighbour_filming_family_racist_notes_cameras", relationship="neighbour", occasions=7,
    text="""\
Summary of circumstances (updated 21/03 DC HALLIWELL):

IP Grace ASANTE-MENSAH (41) lives with her two children (9 and 12) at 7 Orchard Close, Stapleford. Suspect Kevin LOMAX (58) lives opposite at no. 10. Since approx November the suspect has been filming IP and the children from his front bedroom window on his phone whenever they leave the house. IP has seen him doing this on numerous occasions and he makes no effort to hide it. He has also followed IP in his car to the school gates twice (16/01 and 04/02) and sat outside in the car until she left.

Three handwritten notes have been put through IP's letterbox (exhibits GAM/1-3), unsigned, saying in part "we don't want your sort on this close" and referring to IP as a "monkey". Handwriting comparison not yet requested. Suspect interviewed 19/03 - denies the notes, admits filming, says it is "for his own protection" because of "what goes on over there". Nothing on file to support that.

IP has had a video doorbell and two cameras fitted (cost approx £600), the children now leave by the back gate and no longer play out the front, and IP has reduced her hours at work because she does not want to leave them at home. She describes feeling "under siege". IP does not say she fears physical violence from him.""",
    spans=[
        ("STALK_WATCH", "filming IP and the children from his front bedroom window"),
        ("REPETITION", "on numerous occasions"),
        ("STALK_FOLLOW", "followed IP in his car to the school gates"),
        ("REPETITION", "twice (16/01 and 04/02)"),
        ("STALK_LOITER", "sat outside in the car until she left"),
        ("RACIAL_HOSTILITY", "referring to IP as a \"monkey\""),
        ("SERIOUS_IMPACT", "had a video doorbell and two cameras fitted"),
        ("SERIOUS_IMPACT", "no longer play out the front"),
        ("SERIOUS_IMPACT", "reduced her hours at work"),
        ("DISTRESS", "feeling \"under siege\""),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="mo_field", case="upper", noise="abbrev", batch="b",
    pattern="ex_colleague_disciplinary_voicemail_threats", relationship="colleague", occasions=4,
    text="""\
SUSP (FORMER COLLEAGUE, DISMISSED 22/08 AFTER IP GAVE EVIDENCE AT DISCIPLINARY) HAS LEFT 4 VM'S ON IP MOB OVER 2 WKS THREATENING TO 'BATTER' HER + 'YOU'LL GET WHATS COMING'. IP TERRIFIED AFTER 1ST VM (29/08) + AGAIN ON 3RD VM 04/09 - BELIEVES HE WILL ATTACK HER, HE KNOWS HER ADDR. VM'S SAVED.""",
    spans=[
        ("REPETITION", "4 VM'S ON IP MOB OVER 2 WKS"),
        ("THREAT_VIOLENCE", "THREATENING TO 'BATTER' HER"),
        ("THREAT_VIOLENCE", "'YOU'LL GET WHATS COMING'"),
        ("FEAR_OF_VIOLENCE", "IP TERRIFIED AFTER 1ST VM (29/08)"),
        ("FEAR_OF_VIOLENCE", "BELIEVES HE WILL ATTACK HER"),
    ],
)

case(
    13, "harassment", "C",
    voice="crime_summary", case="mixed", noise="typos", batch="b",
    pattern="school_gate_parent_insults", relationship="acquaintance", occasions=3,
    text="""\
IP Natalie BRENNAN (35) attended front counter at Wigan 17/10 to report a mum from her sons school, Leanne ASHWORTH (33). Bad feeling between them since a falling out on a class whatsapp group in Sept which IP left. Since then, on 3 seperate mornings (23/09, 30/09, 15/10) susp has come up to IP at the school gates in front of other parents and called her a "slag" and a "fat cow", and on the last occasion spat on the floor at IP's feet. IP has not responded. No threats made and IP is not scared of her but is embarassed and upset, and says her son (7) has started asking why the lady shouts at mummy. Head teacher Mr OGUNDIPE aware. W2 another parent, details on file. IP wants susp spoken to.""",
    spans=[
        ("REPETITION", "on 3 seperate mornings (23/09, 30/09, 15/10)"),
        ("DISTRESS", "is embarassed and upset"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSF",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="b",
    pattern="sgt_review_keeps_8l_ex_partner_threats_doorstep", relationship="ex_partner", occasions=4,
    text="""\
Sgt 1873 MORRISON review 09/01: Read the OEL and IP's MG11. Crime currently sits as harassment (8L) and I am content for it to stay there for now. Summary for my own benefit - IP Chloe RATHBONE and susp Dean KIRWAN split in Oct. He has since attended her address on 3 occasions uninvited (12/11, 27/11, 20/12), each time at night, banging on the door and demanding to see her. On 27/11 he told her through the letterbox "I'll slit your throat if I see you with anyone else" and IP states she was convinced he was going to kill her that night. 20/12 he said he'd "finish her" and IP fled to a neighbour's in her nightclothes, believing he was about to get in and attack her. He has also been ringing her constantly from a withheld number. DASH high - MARAC referral done. Actions: 1) arrest susp, 2) BWV from 20/12 to be secured, 3) consider bail conds / DVPN. Classification to be revisited after interview.""",
    spans=[
        ("STALK_TURN_UP", "attended her address on 3 occasions uninvited"),
        ("REPETITION", "(12/11, 27/11, 20/12)"),
        ("THREAT_VIOLENCE", "\"I'll slit your throat if I see you with anyone else\""),
        ("FEAR_OF_VIOLENCE", "she was convinced he was going to kill her that night"),
        ("THREAT_VIOLENCE", "he'd \"finish her\""),
        ("FEAR_OF_VIOLENCE", "believing he was about to get in and attack her"),
        ("STALK_CONTACT", "ringing her constantly from a withheld number"),
    ],
)

case(
    15, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="b",
    pattern="mutual_neighbour_row_hedge", relationship="neighbour", occasions=2,
    text="""\
03/07 PC 611 FENWICK: Attended 14 Linden Way re report by Mrs Joyce ABBOTT that neighbour Mr Paul DRISCOLL swore at her over the hedge. Spoke to both. Mr DRISCOLL says IP had thrown his hedge cuttings back over and called him a "fat waster". Both admit shouting and swearing at each other. Neither alleges threats. Words of advice to both, each told to direct issues re boundary hedge to the council/solicitor.
11/07 PC 611 FENWICK: Further call from Mrs ABBOTT - another shouting match over the hedge yesterday. Mr DRISCOLL has also called in to complain about her. Neighbour at no.16 (W1) states "they're as bad as each other". No crime either way. Referred to ASB/mediation team, ref ASB/2291. Closing my enquiries.""",
    spans=[],
)

case(
    16, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="clean", batch="b",
    pattern="workplace_antisemitic_remarks_repeated", relationship="colleague", occasions=4,
    text="""\
Report made by IP Daniel ROSENTHAL (29), warehouse supervisor at a distribution centre in Daventry, about a colleague, Craig MELLOR (44), who works the same shift. IP says that over about six weeks MELLOR has made remarks to him on the shop floor that he found offensive and hostile because IP is Jewish. Examples given: asking IP if he was "counting the pennies again, like your lot do" (early Feb), leaving a coin on IP's workstation with a note saying "for your collection" (15/02), and saying in front of two agency staff that "Hitler had the right idea" (28/02). On 06/03 MELLOR called IP a "dirty Jew" in the canteen after a dispute about overtime. IP has raised a grievance with HR. He says he is not frightened of MELLOR but feels humiliated and dreads going in. Witness details for the canteen incident obtained from the shift manager, Ms Priya NAIR. CCTV does not cover the canteen.""",
    spans=[
        ("REPETITION", "over about six weeks"),
        ("RELIGIOUS_HOSTILITY", "\"counting the pennies again, like your lot do\""),
        ("RELIGIOUS_HOSTILITY", "a note saying \"for your collection\""),
        ("RELIGIOUS_HOSTILITY", "\"Hitler had the right idea\""),
        ("RELIGIOUS_HOSTILITY", "called IP a \"dirty Jew\""),
        ("DISTRESS", "feels humiliated and dreads going in"),
    ],
)

case(
    17, "stalking", "CS",
    voice="call_log", case="upper", noise="heavy", batch="b",
    pattern="stranger_waits_outside_flat_bus_watching", relationship="stranger", occasions=4,
    text="""\
CAD 0412 28/04/25
2214 CLR STATES UNK MALE IS STOOD ACROSS RD FROM HER FLAT AGAIN LOOKING UP AT HER WINDOW. 4TH TIME THIS WK. SAME MALE HAS SAT BEHIND HER ON THE 42 BUS TWICE + GOT OFF AT HER STOP. CLR HAS NEVER SPOKEN TO HIM. DESC IC1 MALE 40S GREY HOODY RUCKSACK
2215 NO WEAPONS SEEN. NO THREATS. CLR NOT IN IMMEDIATE DANGER, DOORS LOCKED
2216 THRIVE - G2
2241 UNIT 14B ASSIGNED
2303 AT SCENE. ASNT FOR MALE
2319 UPDATE 14B - SPOKE TO IP SHE HAS PHOTO OF MALE ON PHONE FROM WED. CRIME TO BE RAISED, REASSURANCE GIVEN, IP ADV RE CCTV/DIARY""",
    spans=[
        ("STALK_LOITER", "STOOD ACROSS RD FROM HER FLAT"),
        ("REPETITION", "AGAIN"),
        ("STALK_WATCH", "LOOKING UP AT HER WINDOW"),
        ("REPETITION", "4TH TIME THIS WK"),
        ("STALK_FOLLOW", "SAT BEHIND HER ON THE 42 BUS TWICE + GOT OFF AT HER STOP"),
    ],
)

case(
    18, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="b",
    pattern="fake_profiles_anti_muslim_monitoring_socials", relationship="online", occasions=5,
    text="""\
SUSP HAS CREATED 3 FAKE TIKTOK + X ACCOUNTS USING IP'S NAME AND PHOTOS (HIJAB) POSTING 'SHARIA BRIDE' + 'BOMB MAKER' CAPTIONS. COMMENTS ON EVERY POST IP MAKES WITHIN MINS INC ON PRIVATE FRIENDS-ONLY IG. IP REPORTED TO PLATFORMS X5. SUSP BELIEVED TO BE ONLINE GAMER KNOWN AS 'KNIGHT_0F_ALBION', NO ID YET. IP UPSET, STILL WORKING.""",
    spans=[
        ("STALK_PUBLISH", "CREATED 3 FAKE TIKTOK + X ACCOUNTS USING IP'S NAME AND PHOTOS"),
        ("RELIGIOUS_HOSTILITY", "'SHARIA BRIDE' + 'BOMB MAKER' CAPTIONS"),
        ("STALK_MONITOR", "COMMENTS ON EVERY POST IP MAKES WITHIN MINS"),
        ("UNWANTED", "IP REPORTED TO PLATFORMS X5"),
        ("DISTRESS", "IP UPSET"),
    ],
)

case(
    19, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="b",
    pattern="brother_in_law_inheritance_threats", relationship="family", occasions=3,
    text="""\
Update 1 - 22/09 DC 3310 OYELARAN
IP Martin HEWSON (58) seen at home in Goole. Dispute with his brother-in-law, Trevor ASKEW (61), over their late mother-in-law's bungalow which IP is executor for. ASKEW rang IP on 14/09 and said "sign it over or I'll break your legs, I'm not joking". IP said he sat in the car afterwards shaking and believed ASKEW would do it - ASKEW has previous for GBH (1998). On 18/09 ASKEW drove onto IP's drive and shouted "you've got till Friday, then you're in the hospital". IP states he was in fear that ASKEW was going to come back and assault him and he asked his son to stay over.

Update 2 - 24/09 DC 3310
Phone records requested re 14/09 call. IP's neighbour Mrs Dawn CLOUGH confirms seeing a blue Hilux on IP's drive on 18/09 and hearing shouting. No further contact since. Probate solicitor details obtained - not relevant to offence but on file.

Update 3 - 27/09 DC 3310
ASKEW arrested, interviewed. No comment. RUI pending CPS advice.""",
    spans=[
        ("THREAT_VIOLENCE", "\"sign it over or I'll break your legs, I'm not joking\""),
        ("FEAR_OF_VIOLENCE", "believed ASKEW would do it"),
        ("THREAT_VIOLENCE", "\"you've got till Friday, then you're in the hospital\""),
        ("FEAR_OF_VIOLENCE", "in fear that ASKEW was going to come back and assault him"),
    ],
)

case(
    20, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="mo_field", case="upper", noise="abbrev", batch="b",
    pattern="ex_partner_follows_racial_slurs_threats", relationship="ex_partner", occasions=5,
    text="""\
EX-P FOLLOWING IP IN CAR FROM WORK (3 OCCS 02/05-16/05), TURNING UP AT HER MUMS ADDR. CALLS IP 'BLACK B***H' + 'GO BACK TO JAMAICA' + SAYS HE'LL 'CUT HER'. IP HID IN WORK TOILETS 09/05 SCARED HE WOULD STAB HER, 16/05 RAN INTO PETROL STN FEARING ATTACK. DASH HIGH.""",
    spans=[
        ("STALK_FOLLOW", "FOLLOWING IP IN CAR FROM WORK"),
        ("REPETITION", "3 OCCS 02/05-16/05"),
        ("STALK_TURN_UP", "TURNING UP AT HER MUMS ADDR"),
        ("RACIAL_HOSTILITY", "'BLACK B***H'"),
        ("RACIAL_HOSTILITY", "'GO BACK TO JAMAICA'"),
        ("THREAT_VIOLENCE", "SAYS HE'LL 'CUT HER'"),
        ("FEAR_OF_VIOLENCE", "SCARED HE WOULD STAB HER"),
        ("FEAR_OF_VIOLENCE", "RAN INTO PETROL STN FEARING ATTACK"),
    ],
)

case(
    21, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="b",
    pattern="delivery_driver_racist_threats_same_estate", relationship="stranger", occasions=2,
    text="""\
IP Mohammed Imran QURESHI (31) is a delivery driver for a takeaway app. On Fri 07/02 approx 2040hrs he was delivering to the Beaumont estate, Burnley. A male (now ID'd as Jordan PARKIN, 22, via doorbell footage from no.19) stood in front of IP's car and said "get out of my country you p*** or I'll stab you". IP states he genuinely thought he was going to be stabbed and drove off. On Sat 15/02 approx 2110, IP delivered to the same estate and PARKIN came out of an alleyway, recognised him and shouted "told you, I'll cut you up" and called him a "p***" again, walking towards him with his hand in his pocket. IP believed PARKIN had a knife and was going to use it on him. He has now asked the app to stop sending him to that postcode. Doorbell footage from 15/02 seized (IQ/1). PARKIN has markers for violence on PNC.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"get out of my country you p***"),
        ("THREAT_VIOLENCE", "or I'll stab you\""),
        ("FEAR_OF_VIOLENCE", "genuinely thought he was going to be stabbed"),
        ("THREAT_VIOLENCE", "\"told you, I'll cut you up\""),
        ("RACIAL_HOSTILITY", "called him a \"p***\" again"),
        ("FEAR_OF_VIOLENCE", "IP believed PARKIN had a knife and was going to use it on him"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSF",
    voice="mo_field", case="mixed", noise="abbrev", batch="b",
    pattern="obsessed_customer_waits_outside_salon_threats", relationship="customer", occasions=5,
    text="""\
Susp (former client of IP's salon) waits outside salon at closing most nights since March, sends IP msgs saying they are 'meant to be'. After IP refused date he said 'if I can't have you no one will'. IP believes he will hurt her - scared 12/04 and again 19/04 when he tried her car door. Staff now walk IP to car.""",
    spans=[
        ("STALK_LOITER", "waits outside salon at closing most nights since March"),
        ("FIXATION", "saying they are 'meant to be'"),
        ("UNWANTED", "IP refused date"),
        ("THREAT_VIOLENCE", "'if I can't have you no one will'"),
        ("FEAR_OF_VIOLENCE", "IP believes he will hurt her"),
        ("FEAR_OF_VIOLENCE", "scared 12/04 and again 19/04"),
        ("STALK_PROPERTY", "tried her car door"),
    ],
)

case(
    23, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="b",
    pattern="boundary_fence_civil_dispute", relationship="neighbour", occasions=2,
    text="""\
Mr Alun GRIFFITHS (71) reported that his neighbour, Mrs Rachel OWUSU, has put up a new fence panel which he says is 30cm onto his side of the boundary, and that she had workmen in his garden without permission on two days in August while it was being fitted. He also complains about her security light shining into his kitchen. He showed me the deeds plan. I spoke to Mrs OWUSU who produced a surveyor's letter saying the fence is on the line. There has been no abuse, no threats and no contact between them other than one letter from each about the fence. Mr GRIFFITHS accepts she has never been rude to him. This is a boundary dispute and a civil matter; advised to seek legal advice / Land Registry. No crime.""",
    spans=[],
)

case(
    24, "harassment", "C",
    voice="mo_field", case="upper", noise="abbrev", batch="b",
    pattern="threats_aimed_at_brother_victim_not_afraid", relationship="acquaintance", occasions=4,
    text="""\
SUSP SENT IP 4 MSGS ON SNAPCHAT 10-13/01 SAYING HE WILL 'SMASH' IP'S BROTHER OVER UNPAID DRUG DEBT (BROTHER'S). IP SAYS SHE IS NOT WORRIED FOR HERSELF, ANNOYED AT BEING DRAGGED IN. BROTHER DECLINES TO ENGAGE. SCREENSHOTS ON FILE.""",
    spans=[
        ("REPETITION", "4 MSGS ON SNAPCHAT 10-13/01"),
        ("THREAT_VIOLENCE", "HE WILL 'SMASH' IP'S BROTHER"),
        ("DISTRESS", "ANNOYED AT BEING DRAGGED IN"),
    ],
)

case(
    25, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="redacted", batch="b",
    pattern="ex_logs_into_email_fake_dating_profile", relationship="ex_partner", occasions=4,
    text="""\
IP [REDACTED] (30) reports that since separating from susp Aaron [REDACTED] in January he has been accessing her accounts. On 3 occasions in Feb she received Google security alerts for sign-ins from a device she does not own; IP changed passwords each time. Susp then texted her about a conversation she'd had with her sister by email, which IP says he could only know by reading her emails. On or around 02/03 a friend showed IP a profile on a dating app using IP's photos and first name with a description IP describes as degrading and which gives the area she lives in (XXXX). IP has had two messages from men who say they matched with "her". Susp denies all of this by text ("not me, you're paranoid"). IP is not frightened of him but wants it to stop. Data requests to be submitted - Google, dating app (SPOC). No previous DA reports between the pair.""",
    spans=[
        ("REPETITION", "On 3 occasions in Feb"),
        ("STALK_MONITOR", "sign-ins from a device she does not own"),
        ("STALK_MONITOR", "texted her about a conversation she'd had with her sister by email"),
        ("STALK_PUBLISH", "a profile on a dating app using IP's photos and first name"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="abbrev", batch="b",
    pattern="result_charge_taxi_passenger_racial_abuse_repeat", relationship="customer", occasions=2,
    text="""\
RESULT: Charged 03/12 - case file to CPS. Summary for the record: susp Lee GARBUTT (37), a regular customer of Acorn Cars, Middlesbrough, booked IP Harjit SINGH DHILLON (48) twice in one week (26/11 and 29/11). On both journeys susp directed abuse at IP about his turban and his race, inc calling him a "towel head" and saying "your kind shouldn't be allowed to drive". On 29/11 he also refused to pay and told IP to "go home". Both journeys on in-car CCTV (HSD/1, HSD/2). IP distressed, has asked the firm not to send him to that address again. Susp admitted the words in interview but says it was "banter". VPS taken.""",
    spans=[
        ("REPETITION", "twice in one week (26/11 and 29/11)"),
        ("RACIAL_HOSTILITY", "calling him a \"towel head\""),
        ("RACIAL_HOSTILITY", "\"your kind shouldn't be allowed to drive\""),
        ("RACIAL_HOSTILITY", "told IP to \"go home\""),
        ("DISTRESS", "IP distressed"),
    ],
)

case(
    27, "harassment_fear_of_violence", "CF",
    voice="judgment", case="mixed", noise="clean", batch="b",
    pattern="appeal_retelling_landlord_threats_tenant", relationship="landlord", occasions=3,
    text="""\
The complainant was a tenant of a flat owned by the appellant in Rhyl. In the spring of 2023 a dispute arose about the return of her deposit after she had given notice. On 11 April 2023 the appellant attended the flat and, in the presence of the complainant's friend, told her that if she went to the deposit scheme he would "put her in a wheelchair". The complainant's evidence, which the justices accepted, was that she was frightened he would carry that out and that she barricaded the door that night. On 19 April the appellant telephoned her and repeated that she would "end up in a wheelchair". On 2 May he stopped his van beside her in the street and said "you've been warned". She told the court that on each of those last two occasions she believed he was going to attack her. The appellant's case was that the remarks were figures of speech in a heated business disagreement. The justices rejected that account and convicted. For the reasons that follow, the appeal against conviction is dismissed.""",
    spans=[
        ("THREAT_VIOLENCE", "he would \"put her in a wheelchair\""),
        ("FEAR_OF_VIOLENCE", "she was frightened he would carry that out"),
        ("THREAT_VIOLENCE", "repeated that she would \"end up in a wheelchair\""),
        ("THREAT_VIOLENCE", "\"you've been warned\""),
        ("FEAR_OF_VIOLENCE", "she believed he was going to attack her"),
    ],
)

case(
    28, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="b",
    pattern="colleague_fixation_victim_changes_job", relationship="colleague", occasions=9,
    text="""\
IP Freya DALGLEISH (24), trainee accountant, reports conduct by a colleague Matthew ORR (31) at the firm's Stirling Rd office. ORR first asked IP out in Jun 24; she declined. Since then he has emailed her on her personal address (she never gave it to him) most weeks, sent a long letter to her home saying he "knows she feels the same" and that he will "wait as long as it takes". IP has seen him on at least 3 Sats at the coffee shop near her flat, which is 20 miles from where he lives. He also knew she had been to a hospital appt in Oct, which she'd told nobody at work about. Line manager spoke to him in Sep and he was moved floor - made no difference. IP has now resigned and starts a new job in Jan on lower pay, and has stopped going into town at weekends. She describes panic attacks. No threats, and IP does not think he would be violent. Susp to be interviewed by appt; employer has supplied email logs.""",
    spans=[
        ("UNWANTED", "she declined"),
        ("STALK_CONTACT", "emailed her on her personal address"),
        ("REPETITION", "most weeks"),
        ("STALK_GIFTS", "sent a long letter to her home"),
        ("FIXATION", "he \"knows she feels the same\""),
        ("FIXATION", "he will \"wait as long as it takes\""),
        ("STALK_LOITER", "seen him on at least 3 Sats at the coffee shop near her flat"),
        ("STALK_MONITOR", "knew she had been to a hospital appt in Oct"),
        ("SERIOUS_IMPACT", "IP has now resigned"),
        ("SERIOUS_IMPACT", "stopped going into town at weekends"),
        ("DISTRESS", "She describes panic attacks"),
    ],
)

case(
    29, "aggravated_stalking", "CSR",
    voice="updates", case="inconsistent", noise="typos", batch="b",
    pattern="ex_partner_tracker_antiindian_msgs", relationship="ex_partner", occasions=5,
    text="""\
14/08 OIC DC 2245 PARRY - spoke to IP Anjali MISTRY by phone. She found a tracking tag (airtag type) tucked in the lining of her car boot at the garage during a service 12/08. Believes it is her ex, Stuart HAYCOCK, as he has twice recently turned up at places she was (a restaurant in Leicester 01/08 + her friends house 09/08) without being told where she'd be. relationship ended April.
16/08 - IP forwarded msgs from susp recived since split. Mostly him asking to get back together but several abusive - "your family never accepted me, u curry munchers are all the same" (20/07) and "go back to ur own kind" (05/08). IP says she is NOT scared of him, just wants him to leave her alone. she has told him this in writing.
19/08 tag handed in - exhibit AM/3, sent for serial number check with Apple via SPOC.
22/08 Sgt - pls ensure DASH done + consider SPO. Next review 05/09.""",
    spans=[
        ("STALK_MONITOR", "found a tracking tag (airtag type) tucked in the lining of her car boot"),
        ("STALK_TURN_UP", "twice recently turned up at places she was"),
        ("FIXATION", "him asking to get back together"),
        ("RACIAL_HOSTILITY", "u curry munchers are all the same"),
        ("RACIAL_HOSTILITY", "\"go back to ur own kind\""),
        ("UNWANTED", "she has told him this in writing"),
    ],
)

case(
    30, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="b",
    pattern="two_rows_months_apart_reconciled", relationship="partner", occasions=2,
    text="""\
NFA - rationale: IP Jade KILBRIDE reported two incidents with partner Connor WALSH - verbal argument 14/02 where he called her names and smashed his own phone, and a further argument 30/07 at a family BBQ. They reconciled in March and were living together again between the two. No other contact of concern, no threats, IP does not support and says it is "just rows". DASH standard. Referral to DA service made with consent. No offence under PHA identified; 14/02 & 30/07 each recorded as non-crime DA incidents.""",
    spans=[],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="mo_field", case="lower", noise="heavy", batch="b",
    pattern="neighbour_youth_threats_romanian_family", relationship="neighbour", occasions=3,
    text="""\
susp (17yo neighbour no.41) repeatedly shouting at ip over garden wall "romanian gypo's" "u lot will get burnt out" + throwing stones at windows 3x since 2/9. ip petrified 5/9 + 12/9, wont let kids out, believes susp and mates will attack her + family. nfa prev by yot""",
    spans=[
        ("RACIAL_HOSTILITY", "\"romanian gypo's\""),
        ("THREAT_VIOLENCE", "\"u lot will get burnt out\""),
        ("REPETITION", "3x since 2/9"),
        ("FEAR_OF_VIOLENCE", "ip petrified 5/9 + 12/9"),
        ("SERIOUS_IMPACT", "wont let kids out"),
        ("FEAR_OF_VIOLENCE", "believes susp and mates will attack her"),
    ],
)

case(
    32, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="b",
    pattern="sgt_says_4a_but_no_fear_or_impact_school_gate_ex", relationship="ex_partner", occasions=5,
    text="""\
IMU review 02/10, A/Sgt 2051 BHATTI. Classified by OIC as stalking involving serious alarm/distress. Reviewing the circs: IP Lauren ECCLES and ex Jamie PRICE (sep. 2023, joint child aged 5, contact arranged via family court). PRICE has turned up at the school gates at drop-off on 5 mornings in Sept when it is not his contact day, stands by IP's car and asks her to "give us another go". He has also left a bunch of flowers on her car windscreen. IP has asked him to stop and go through the court arrangements. She states she is irritated but not frightened and her routine is unchanged - she still does the school run. No threats made. OIC to note: the MG11 as taken does not evidence a substantial adverse effect. Actions - obtain statement from school office re attendance dates; PRICE to be interviewed VA; child contact order to be checked.""",
    spans=[
        ("STALK_TURN_UP", "turned up at the school gates at drop-off"),
        ("REPETITION", "on 5 mornings in Sept"),
        ("STALK_LOITER", "stands by IP's car"),
        ("FIXATION", "asks her to \"give us another go\""),
        ("STALK_GIFTS", "left a bunch of flowers on her car windscreen"),
        ("UNWANTED", "IP has asked him to stop"),
        ("DISTRESS", "she is irritated"),
    ],
)

case(
    33, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="b",
    pattern="three_abusive_voicemails_ten_minutes", relationship="acquaintance", occasions=3,
    text="""\
IP Owen TREHARNE (40), treasurer of Penarth Bowls Club. Following the club AGM on 21/03 at which susp Gareth PROSSER (66) was voted off the committee, IP recvd 3 voicemails from PROSSER between 2302 and 2311 the same night. In them PROSSER calls IP a "thieving little rat", a "fraud" and says he'll "tell the whole town what you are". No threats. IP listened to them together in the morning and was upset and embarrassed, particularly as the VMs also insult IP's wife. IP has saved them - to be downloaded (OT/1). PROSSER has not been in touch since and IP does not want him arrested, would accept a restorative outcome. Club chair Mrs Bethan LLOYD aware.""",
    spans=[
        ("STALK_CONTACT", "3 voicemails from PROSSER between 2302 and 2311"),
        ("DISTRESS", "was upset and embarrassed"),
    ],
)

case(
    34, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="b",
    pattern="vps_sikh_victim_followed_watched_moved_home", relationship="stranger", occasions=6,
    text="""\
The Victim Personal Statement scheme has been explained to me and I understand this statement may be used in court.

I want the court to know what the last eight months have done to me and my family. I did not know this man before he started turning up outside my house and shouting about my turban. He would stand at the end of our path some evenings and just stare at the windows. He called me a "raghead" and said people like me are "not British and never will be". He followed me from the gurdwara to my car on at least two Sundays.

I no longer go to the gurdwara on my own. My wife does the shopping now because I will not go to the supermarket where he saw me. In September we sold our house and moved to the other side of Southall because the children were too frightened to sleep. I have been signed off work with stress for six weeks. I used to be a confident person. I now check every car that parks on our road.""",
    spans=[
        ("STALK_TURN_UP", "turning up outside my house"),
        ("RELIGIOUS_HOSTILITY", "shouting about my turban"),
        ("STALK_LOITER", "stand at the end of our path some evenings"),
        ("STALK_WATCH", "stare at the windows"),
        ("RACIAL_HOSTILITY", "called me a \"raghead\""),
        ("RACIAL_HOSTILITY", "\"not British and never will be\""),
        ("STALK_FOLLOW", "followed me from the gurdwara to my car"),
        ("REPETITION", "on at least two Sundays"),
        ("SERIOUS_IMPACT", "I no longer go to the gurdwara on my own"),
        ("SERIOUS_IMPACT", "we sold our house and moved to the other side of Southall"),
        ("SERIOUS_IMPACT", "signed off work with stress for six weeks"),
    ],
)

case(
    35, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="mixed", noise="abbrev", batch="b",
    pattern="ex_breach_bail_window_tapping_threats", relationship="ex_partner", occasions=4,
    text="""\
07/06 2340 PC 5529 HUGHES - attended IP Stacey MORGAN's address, Hirwaun. IP reports ex-partner Liam JEFFRIES tapping on her bedroom window at 2300 tonight, last seen running towards the rec. He is on bail with condition not to attend the road. IP crying, says "he's going to kill me one of these nights". Area search neg.
08/06 0910 DC ROWLANDS (OIC) - linked to crime ref 62/3318/25 (same susp, same IP). This is the 3rd time he has attended since bail. Previous on 29/05 he left a note on her car "we're not finished, you'll see". IP told me she now sleeps with a knife by the bed because she believes he will come in and hurt her.
08/06 1500 - JEFFRIES arrested for breach, remanded for court. Circs to be added to existing investigation.
09/06 - Enquiry with neighbour at no.4 (Mr Kayode BALOGUN) - he saw a male in dark clothing in IP's front garden 07/06 approx 2255.""",
    spans=[
        ("STALK_TURN_UP", "tapping on her bedroom window at 2300 tonight"),
        ("FEAR_OF_VIOLENCE", "\"he's going to kill me one of these nights\""),
        ("REPETITION", "This is the 3rd time he has attended since bail"),
        ("STALK_GIFTS", "left a note on her car"),
        ("THREAT_VIOLENCE", "\"we're not finished, you'll see\""),
        ("FEAR_OF_VIOLENCE", "she believes he will come in and hurt her"),
    ],
)

case(
    36, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="typos", batch="b",
    pattern="football_forum_antiirish_messages_to_victim", relationship="online", occasions=4,
    text="""\
Reported by IP Ciaran O'SULLIVAN (38) who lives in Kettering and is originaly from Cork. Susp uses handle "Poppy_Red_1690" and is believed to be Darren WATTS (45) of Corby (linked by IP's friend who recognised his profile pic - to be confirmed). Since the start of Nov susp has sent IP 4 direct msgs on X after IP commented on a football thread, calling him a "Fenian t**t", a "bog-trotter" and telling him to "get back on the ferry to your potato farm". IP replied once telling him to grow up, then blocked him; no further msgs since blocking. IP says the msgs are offensive and have upset him, he is not in any way worried for his safety. Screenshots obtained (CO/1-4). Comms data application under consideration.""",
    spans=[
        ("REPETITION", "4 direct msgs on X"),
        ("RACIAL_HOSTILITY", "a \"bog-trotter\""),
        ("RACIAL_HOSTILITY", "\"get back on the ferry to your potato farm\""),
        ("RELIGIOUS_HOSTILITY", "\"Fenian t**t\""),
        ("DISTRESS", "have upset him"),
    ],
)

case(
    37, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="lower", noise="typos", batch="b",
    pattern="drunk_pub_regular_threatens_barmaid_twice", relationship="customer", occasions=2,
    text="""\
ip is licensee of the Plough Inn, Sedgefield. susp barred 1st feb after fight in pub. on 08/02 susp came to back door at closing and told ip "your getting glassed next time your on your own". ip says she was shaking and belived he would do it, rang husband to come down. on 22/02 susp was outside as she locked up and said "remember what i said" and made slicing gesture accross his neck, ip ran back inside terrified he was going to attack her there and then. cctv from back door covers 22/02 only. susp not yet traced - NFA address, enquires ongoing.""",
    spans=[
        ("THREAT_VIOLENCE", "\"your getting glassed next time your on your own\""),
        ("FEAR_OF_VIOLENCE", "belived he would do it"),
        ("THREAT_VIOLENCE", "made slicing gesture accross his neck"),
        ("FEAR_OF_VIOLENCE", "terrified he was going to attack her there and then"),
    ],
)

case(
    38, "no_offence", "",
    voice="mo_field", case="upper", noise="abbrev", batch="b",
    pattern="single_text_denied_no_further_contact", relationship="ex_partner", occasions=1,
    text="""\
IP RECVD 1 TEXT FROM EX 04/04 'U WILL REGRET THIS'. NO OTHER CONTACT BEFORE OR SINCE, EX DENIES SENDING, NOT SEEN NEAR IP ADDR. IP NOT IN FEAR, REPORTING FOR RECORD ONLY.""",
    spans=[
        ("STALK_CONTACT", "RECVD 1 TEXT FROM EX 04/04"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="b",
    pattern="landlord_fixated_tenant_enters_flat_antichinese", relationship="landlord", occasions=5,
    text="""\
IP Mei Ling CHAN (23), postgrad student, rents a room from susp Barry NUTTALL (62) at a house in Fallowfield. Over the last 2 months IP has returned to find her room entered and items moved (underwear drawer open, her diary moved) on at least 3 occasions; she has a lock but susp holds a key. Susp messages her late at night about what she is wearing and who she has been out with, and knew she had been to a party in Didsbury when she had not told him. When IP told him to stop he replied that "you Chinese girls should be grateful someone looks out for you" and that she would "never find a room as cheap, go back to Hong Kong then". IP has told the university accommodation office. She says she is uneasy but is not afraid he will hurt her, and is looking at moving at the end of term. OIC to check whether 24hr notice was ever given for entry - no suggestion of any repairs.""",
    spans=[
        ("REPETITION", "Over the last 2 months"),
        ("STALK_PROPERTY", "her room entered and items moved"),
        ("REPETITION", "on at least 3 occasions"),
        ("STALK_CONTACT", "messages her late at night about what she is wearing"),
        ("STALK_MONITOR", "knew she had been to a party in Didsbury"),
        ("UNWANTED", "IP told him to stop"),
        ("RACIAL_HOSTILITY", "\"you Chinese girls should be grateful someone looks out for you\""),
        ("RACIAL_HOSTILITY", "\"never find a room as cheap, go back to Hong Kong then\""),
        ("DISTRESS", "she is uneasy"),
    ],
)

case(
    40, "stalking", "CS",
    voice="notebook", case="inconsistent", noise="abbrev", batch="b",
    pattern="pnb_stop_male_outside_vets_repeat", relationship="acquaintance", occasions=4,
    text="""\
TUESDAY 14TH OCTOBER. 0815 on foot patrol High St Hexham. Approached by Ms Rosie FAIRBAIRN, receptionist at Tynedale Vets, who pointed out a male sat on the bench opposite the surgery. States this male, who she knows as Graham from her old running club, has been sat there every morning this week when she opens up, and was also there Saturday. She has told him previously she does not want contact. Spoke to male - Graham ELLERBY DOB 11/03/1979. When asked why he was there he said "I JUST LIKE TO SEE SHE GETS IN SAFE". He accepts Ms FAIRBAIRN has asked him to leave her alone. Advised him re his conduct, he left toward the abbey 0832. Ms FAIRBAIRN states she's "creeped out" by it. Crime to be raised.""",
    spans=[
        ("STALK_LOITER", "sat on the bench opposite the surgery"),
        ("REPETITION", "every morning this week"),
        ("UNWANTED", "She has told him previously she does not want contact"),
        ("FIXATION", "\"I JUST LIKE TO SEE SHE GETS IN SAFE\""),
        ("DISTRESS", "\"creeped out\""),
    ],
)

case(
    41, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="abbrev", batch="b",
    pattern="mosque_caretaker_threat_calls", relationship="stranger", occasions=3,
    text="""\
Update 03/03 PC 9014 WARBURTON: IP is Mr Yusuf PATEL (59), caretaker at a mosque in Dewsbury. Reports 3 calls to the mosque office landline (withheld) on 24/02, 26/02 and 01/03, each answered by IP. Male caller said "we know you lock up alone, we'll be waiting for you" and called Muslims "filth" and "invaders". IP states after 26/02 call he was convinced he would be attacked on his way home and had his son drive him. After 01/03 call he believed they would stab him outside the building.
Update 05/03: BT malicious calls bureau contacted. Mosque committee chair Mr Ibrahim HAQ spoken to - no other staff have had calls.
Update 09/03 Sgt: Ensure hate crime flag applied + repeat victim marker. Pls consider CCTV at entrance.""",
    spans=[
        ("REPETITION", "3 calls to the mosque office landline"),
        ("THREAT_VIOLENCE", "\"we know you lock up alone, we'll be waiting for you\""),
        ("RELIGIOUS_HOSTILITY", "called Muslims \"filth\" and \"invaders\""),
        ("FEAR_OF_VIOLENCE", "he was convinced he would be attacked on his way home"),
        ("FEAR_OF_VIOLENCE", "he believed they would stab him outside the building"),
    ],
)

case(
    42, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="b",
    pattern="diary_ex_girlfriend_parcels_calls_victim_male", relationship="ex_partner", occasions=5,
    text="""\
mon 3rd - 7 missed calls from withheld between 1am and 3am. i think its sophie. screenshot saved.
weds 5th - parcel on doorstep, no note. inside was the hoodie i left at hers and photos of us cut in half. put in bag for police.
fri 7th - sophie was at the bar at work when i started my shift. manager asked her to leave. she said "you cant avoid me forever tom".
sat 8th - calls again 23:40 onwards, 12 this time, turned phone off.
sun 9th - havent been out all weekend. called in sick for monday. ive asked to go onto the other site in stockport so she doesnt know where i am.""",
    spans=[
        ("STALK_CONTACT", "7 missed calls from withheld between 1am and 3am"),
        ("STALK_GIFTS", "photos of us cut in half"),
        ("STALK_TURN_UP", "sophie was at the bar at work when i started my shift"),
        ("FIXATION", "\"you cant avoid me forever tom\""),
        ("REPETITION", "calls again 23:40 onwards, 12 this time"),
        ("SERIOUS_IMPACT", "havent been out all weekend"),
        ("SERIOUS_IMPACT", "asked to go onto the other site in stockport"),
    ],
)

case(
    43, "harassment", "C",
    voice="third_party", case="mixed", noise="abbrev", batch="b",
    pattern="care_home_manager_reports_relative_abusing_nurse", relationship="customer", occasions=4,
    text="""\
Third party report via 101 from Mrs Anita KOWALCZYK, manager of Bramley Court care home, Rotherham, on behalf of a staff nurse, Ms Dionne CLARKE (44), who does not want to make the call herself. The son of a resident, Mr Stephen HAIGH, has been verbally abusive to Ms CLARKE on 4 visits since 10/01, blaming her for his father's fall - calling her "useless", "a disgrace" and saying he will "have her struck off". Last visit 02/02 he stood in the corridor shouting at her until another carer intervened. Not threatened physically. Ms CLARKE has been tearful and is anxious before his visiting days. Home has now restricted his visits to supervised times. RP asked for police to speak to him. Callback arranged with Ms CLARKE 05/02.""",
    spans=[
        ("REPETITION", "on 4 visits since 10/01"),
        ("DISTRESS", "Ms CLARKE has been tearful"),
        ("DISTRESS", "anxious before his visiting days"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="mixed", noise="redacted", batch="b",
    pattern="redacted_stranger_follows_headscarf_threats", relationship="stranger", occasions=5,
    text="""\
Crime ref XX/XXXXX/25. IP [REDACTED] (19), student, wears a hijab. Since the start of term an unknown male (IC1, 30s, beard, red Fiat Punto VRM [REDACTED]) has been seen by IP on at least 5 occasions near the bus stop outside her halls on XXXX Road, and twice he has followed her on foot to the campus library. On 14/10 he walked alongside her and said "take that rag off, you're in England now". On 21/10 he shouted "I'll rip it off your head and you with it" and IP states she thought he was going to attack her right there. On 23/10 she saw his car parked outside halls again and hid in the porters' lodge, in fear he would hurt her. She now only travels with a friend. ANPR check on VRM requested. Student support aware.""",
    spans=[
        ("REPETITION", "on at least 5 occasions"),
        ("STALK_LOITER", "near the bus stop outside her halls"),
        ("STALK_FOLLOW", "twice he has followed her on foot to the campus library"),
        ("RELIGIOUS_HOSTILITY", "\"take that rag off, you're in England now\""),
        ("THREAT_VIOLENCE", "\"I'll rip it off your head and you with it\""),
        ("FEAR_OF_VIOLENCE", "she thought he was going to attack her right there"),
        ("STALK_LOITER", "saw his car parked outside halls again"),
        ("FEAR_OF_VIOLENCE", "in fear he would hurt her"),
        ("SERIOUS_IMPACT", "She now only travels with a friend"),
    ],
)
