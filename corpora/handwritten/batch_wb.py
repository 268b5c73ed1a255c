# ruff: noqa: E501
"""Hand-written narratives, writer wb: fear and its absence (no fear, fear for others, fear of other harms, real fear)."""

from corpora.handwritten import case

case(
    1, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="wb",
    pattern="neighbours_mutual_shouting_matches_over_driveway_both_threaten_caller_unafraid", relationship="neighbour", occasions=2,
    text="""\
Caller Mr Keith Lambourne reports ongoing issue with n/dr Mr Alan Pryce re shared driveway at 14 Moor Lane. States this eve approx 1840 both were out on the drive, words exchanged, Pryce told him he'd "put him on his arse". Caller admits he told Pryce he'd do the same back and worse. Similar row last Sat, both shouting, W2 (Mrs Pryce) says caller started that one and squared up to her husband first. Caller v clear he is not scared of Pryce, "he's 70 and all mouth", just wants it logged before it goes any further. OBS both parties calm on arrival, both given words of advice re conduct. Boundary is a civil matter, both advised re solicitor / Land Registry. No offences. NFA.""",
    spans=[],
)

case(
    2, "no_offence", "R",
    voice="statement", case="mixed", noise="clean", batch="wb",
    pattern="single_racist_slur_and_threat_in_street_victim_furious_not_frightened", relationship="stranger", occasions=1,
    text="""\
I was walking back from the Co-op on Harwood Road at about a quarter past nine on Thursday night with my shopping. A man I have never seen before, white, about forty, grey hoodie, came out of the bookies and walked straight at me so I had to step into the road. He said "go back to where you came from you p***" and then that he'd "open me up" if he saw me round here again. Then he walked off towards the bus station. I want to be clear that I was not frightened. I was furious. I have lived on this road for 31 years and I was born in Leicester General. I have not seen him before or since. I am reporting it because it should be on record, not because I am scared of him.""",
    spans=[
        ("RACIAL_HOSTILITY", 'He said "go back to where you came from you p***"'),
        ("THREAT_VIOLENCE", 'he\'d "open me up"'),
    ],
)

case(
    3, "no_offence", "",
    voice="call_log", case="lower", noise="typos", batch="wb",
    pattern="council_tax_enforcement_letters_and_visits_caller_terrified_of_losing_home", relationship="business", occasions=8,
    text="""\
caller states she is being harrassed by a company called Marwood Recoveries. has had 6 letters since august re council tax arrears approx £2,300 and two visits from enforcement agents, latest today 1015 when an agent knocked and left a notice of enforcment. no threats, agent was polite per caller, did not try to get in. caller v upset, crying on the phone, says she is terrified they will take the house and she will lose everything, hasnt slept properly for a week. advised this is lawful debt recovery and a civil matter, not a police matter. gave details for stepchange and citizens advice. caller asked if she can stop them coming - advised speak to council re a payment plan asap. no offences disclosed. closing log.""",
    spans=[
        ("DISTRESS", "caller v upset, crying on the phone"),
        ("DISTRESS", "hasnt slept properly for a week"),
    ],
)

case(
    4, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="wb",
    pattern="ex_partner_threat_in_february_and_september_reconciled_in_between", relationship="ex_partner", occasions=2,
    text="""\
UPDATE 1 - 12/09 PC 4471 ROWE: Attended IP Shannon Keld at home address. Reports ex-partner Craig Tolley attended this evening to collect belongings after she ended the relationship again, stood on the doorstep and said he'd "smash her face in" if she kept his stuff. Left when she said she was calling police. IP shaken but says she is not really scared of him, "he says stuff".
UPDATE 2 - 13/09: Checks show a previous log 03/02 this year, similar threat during an argument when they first split. IP confirms they got back together in March and lived together over the summer with no problems, then split for good last week. No other contact between Feb and now apart from normal couple stuff. DASH completed - standard.
UPDATE 3 - 15/09 DS Ahmed: Two incidents seven months apart with a reconciliation in between - not a course. Today's threat recorded as a single incident, IP does not support action. Property returned via his sister. Filed.""",
    spans=[
        ("THREAT_VIOLENCE", 'said he\'d "smash her face in"'),
        ("DISTRESS", "IP shaken"),
        ("THREAT_VIOLENCE", "similar threat during an argument when they first split"),
    ],
)

case(
    5, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="wb",
    pattern="neighbour_photographs_car_in_disabled_bay_threatens_car_not_owner", relationship="neighbour", occasions=4,
    text="""\
Ongoing dispute between IP (Mr Gareth Nuttall, 58) and the occupier of no. 9 Lark Rise, Mr Simon Fairbrother (SUSP), over the disabled bay outside no. 7, which SUSP says IP is not entitled to use. Since 1 March SUSP has photographed IP's Vauxhall every time it is parked in the bay and sent the photos to IP by WhatsApp with messages such as "one more time and it gets keyed" and "you're no more disabled than I am, fake cripple". On 18 March he put a note under the wiper saying the tyres "won't last the week". On 24 March he stood at his front window filming IP as he parked. IP states he is not worried for his own safety at all - SUSP has never threatened him personally and is "a coward" - but he is worried about the car, which he needs for hospital appointments. The disability comments are flagged as a hate incident (disability). Conduct is all about the bay. Crimed as harassment, s.2.""",
    spans=[
        ("REPETITION", "Since 1 March"),
        ("STALK_WATCH", "photographed IP's Vauxhall"),
        ("REPETITION", "every time it is parked in the bay"),
        ("STALK_CONTACT", "sent the photos to IP by WhatsApp"),
        ("UNWANTED", '"you\'re no more disabled than I am, fake cripple"'),
        ("STALK_CONTACT", "he put a note under the wiper"),
        ("STALK_WATCH", "stood at his front window filming IP as he parked"),
        ("DISTRESS", "he is worried about the car"),
    ],
)

case(
    6, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="wb",
    pattern="brother_in_law_texts_threats_about_victims_son_victim_fears_for_son", relationship="family", occasions=14,
    text="""\
Supervisor review - CRN 44/19872/25. IP Mrs Bernadette Quayle reports her brother-in-law Martin Quayle has sent her 11 texts and 3 voicemails since 2 June about her son Liam (19), who Martin blames for writing off his van. Messages incl "tell that little scrote hes getting his legs broke" and "Liam wont be walking by xmas". IP states clearly she is not in fear for herself - Martin has never threatened her and she "could handle him" - but she is frightened for Liam. Liam has made no report and declines to. All contact is to IP, unwanted, she has blocked him on two numbers and he keeps finding new ones. OIC recorded as harassment (fear of violence) - not right, the fear is for her son and there is nothing aimed at IP. Reclassified harassment s.2. OIC to offer Liam a separate report. Suspect known, go straight to VI.""",
    spans=[
        ("STALK_CONTACT", "sent her 11 texts and 3 voicemails"),
        ("REPETITION", "since 2 June"),
        ("DISTRESS", "she is frightened for Liam"),
        ("UNWANTED", "unwanted, she has blocked him on two numbers"),
        ("REPETITION", "he keeps finding new ones"),
    ],
)

case(
    7, "harassment", "C",
    voice="notebook", case="mixed", noise="abbrev", batch="wb",
    pattern="colleague_messages_threatening_to_get_victim_sacked_fear_of_losing_job", relationship="colleague", occasions=10,
    text="""\
0930 Tues 8/4. Spoke IP Ravi Chandran at the Crossways depot canteen. Colleague (SUSP) Lee Hardcastle messaging IP since 20/3 - approx 40 msgs, on shift + at home late at night. Keeps saying he'll tell the manager IP was drinking on the forklift unless IP covers his weekend shifts. IP denies any drinking. Also "I'll make sure you're out on your ear" x several. IP says he is not bothered about Hardcastle physically, "he's a kid", but is worried sick about losing his job - still on probation + has a mortgage. No threats of violence. IP has screenshots, will email to me tonight. Advised keep a log + don't reply. To speak to SUSP.""",
    spans=[
        ("STALK_CONTACT", "messaging IP"),
        ("REPETITION", "since 20/3 - approx 40 msgs"),
        ("UNWANTED", "he'll tell the manager IP was drinking on the forklift unless IP covers his weekend shifts"),
        ("UNWANTED", '"I\'ll make sure you\'re out on your ear"'),
        ("REPETITION", "x several"),
        ("DISTRESS", "worried sick about losing his job"),
    ],
)

case(
    8, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="wb",
    pattern="customer_homophobic_abuse_and_two_threats_to_shop_owner_who_is_angry_not_scared", relationship="customer", occasions=2,
    text="""\
CALLER IS OWNER OF VAPE SHOP 22 HIGH ST, MR JAMIE FORSYTH. REPORTS MALE KNOWN AS 'DEZ' (DESMOND CARVER, KNOWN TO POL) CAME IN AGAIN TODAY 1340 DEMANDING A REFUND ON A USED DEVICE. CALLED CALLER A 'F*****G QUEER' AND SAID HE WOULD 'KNOCK HIS TEETH DOWN HIS THROAT'. SAME MALE CAME IN ON MON 3RD ABOUT THE SAME REFUND, SAID HE'D 'DO HIM' WHEN HE LOCKED UP. CALLER STATES HE IS NOT SCARED OF HIM AT ALL - 'I'M MORE ANGRY THAN ANYTHING, HE'S COSTING ME CUSTOMERS'. CCTV AVAIL BOTH DAYS. CALLER WANTS HIM BANNED AND SPOKEN TO. HATE INCIDENT FLAG ADDED - SEXUAL ORIENTATION. OFFICER TO ATTEND WHEN AVAIL, NOT URGENT PER CALLER.""",
    spans=[
        ("REPETITION", "AGAIN"),
        ("UNWANTED", "CALLED CALLER A 'F*****G QUEER'"),
        ("THREAT_VIOLENCE", "SAID HE WOULD 'KNOCK HIS TEETH DOWN HIS THROAT'"),
        ("REPETITION", "SAME MALE CAME IN ON MON 3RD"),
        ("THREAT_VIOLENCE", "SAID HE'D 'DO HIM' WHEN HE LOCKED UP"),
    ],
)

case(
    9, "harassment", "C",
    voice="victim_diary", case="lower", noise="typos", batch="wb",
    pattern="online_friend_owed_money_threatens_to_send_photos_to_boss_one_violent_threat_laughed_off", relationship="online", occasions=5,
    text="""\
sat 4th - kyle messaged again on insta about the £150 for the concert tickets. 'still got them pics from the christmas do, would be a shame if your boss saw them'. i blocked him.
sun 5th - new account, same thing. says i have til friday to pay.
tues 7th - 3 messages before 7am. one said he'd 'slap me stupid' if he ever saw me in town. honestly that one made me laugh, hes about 5 foot nothing and lives in hull. its the photos im scared of. if school see them im finished, im a teaching asistant.
wed 8th - nothing
fri 10th - 'times up' message at 00.01. havent slept properly all week worrying about the pics. i do owe him some of it but not £150. rang 101 tonight and they gave me a refrence.""",
    spans=[
        ("STALK_CONTACT", "kyle messaged again on insta"),
        ("UNWANTED", "would be a shame if your boss saw them"),
        ("STALK_CONTACT", "new account, same thing"),
        ("REPETITION", "3 messages before 7am"),
        ("THREAT_VIOLENCE", "he'd 'slap me stupid'"),
        ("STALK_CONTACT", "'times up' message at 00.01"),
        ("DISTRESS", "havent slept properly all week worrying about the pics"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="clean", batch="wb",
    pattern="neighbour_hedge_dispute_two_stabbing_threats_elderly_victim_stops_using_garden", relationship="neighbour", occasions=2,
    text="""\
On Sunday 11th May at about 4pm I was cutting back the leylandii on my side of the boundary at 31 Fernhill Close. My neighbour Colin Betteridge came out of his back door holding a pair of shears and said "touch my side again and I'll stick these in you." He was shaking with temper. I went inside. On Wednesday 14th May I was getting out of my car and he came over to the fence and said "I meant what I said Sunday, I'll f***ing stab you." I am frightened of him. I genuinely believe he would hurt me. He is a big man and I am 71 and live alone. I have not been in the back garden since and my daughter now does my bins. The dispute is only about the hedge. I have no other problem with him and he has never bothered me about anything else before this.""",
    spans=[
        ("THREAT_VIOLENCE", "touch my side again and I'll stick these in you"),
        ("REPETITION", "I meant what I said Sunday"),
        ("THREAT_VIOLENCE", "I'll f***ing stab you"),
        ("FEAR_OF_VIOLENCE", "I am frightened of him"),
        ("FEAR_OF_VIOLENCE", "I genuinely believe he would hurt me"),
        ("SERIOUS_IMPACT", "I have not been in the back garden since"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="upper", noise="abbrev", batch="wb",
    pattern="landlord_threatens_tenant_over_arrears_twice_tenant_terrified", relationship="landlord", occasions=3,
    text="""\
IP (MS FATIMA BELLO) RENTS FLAT 2, 88 CARDIGAN RD FROM SUSP (MR NORMAN GASK). IP IN ARREARS C.£900. SUSP HAS ATT FLAT 3 TIMES IN 10 DAYS. 02/10 - LETTER UNDER DOOR ASKING FOR PAYMENT, NO ISSUES WITH THAT. 06/10 - SUSP BANGED ON DOOR 2200HRS, SHOUTED 'PAY UP OR I'LL BREAK YOUR LEGS'. 11/10 - SUSP WAITED ON LANDING WHEN IP CAME IN FROM NURSERY RUN, TOLD IP 'NEXT TIME I BRING SOMEONE AND YOU GET CARRIED OUT'. IP STATES SHE IS TERRIFIED HE WILL HURT HER, SHE LIVES ALONE WITH 2 YR OLD AND HE HAS A KEY. SUSP HAS NOT SERVED ANY NOTICE. MATTER IS ABOUT THE ARREARS ONLY. CRIMED S.4 PHA. REFER HOUSING OPTIONS RE POSS UNLAWFUL EVICTION.""",
    spans=[
        ("REPETITION", "3 TIMES IN 10 DAYS"),
        ("STALK_TURN_UP", "SUSP BANGED ON DOOR 2200HRS"),
        ("THREAT_VIOLENCE", "SHOUTED 'PAY UP OR I'LL BREAK YOUR LEGS'"),
        ("STALK_LOITER", "SUSP WAITED ON LANDING"),
        ("THREAT_VIOLENCE", "'NEXT TIME I BRING SOMEONE AND YOU GET CARRIED OUT'"),
        ("FEAR_OF_VIOLENCE", "SHE IS TERRIFIED HE WILL HURT HER"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="call_log", case="inconsistent", noise="abbrev", batch="wb",
    pattern="builder_unpaid_bill_three_threatening_voicemails_in_eight_minutes", relationship="business", occasions=3,
    text="""\
Caller MRS HELEN ASHDOWN. Had a builder (Ryan PENGELLY, Pengelly Roofing) do her porch roof, she has refused to pay the final £1,200 as it LEAKS. tonight between 2131 and 2139 he left 3 voicemails on her mobile. Caller played them to c/h: 1st - "youll pay one way or another". 2nd - "i know where you live, I'll come round and drag you out by your hair". 3RD - "you think im joking, I'll put you in hospital you old cow". Caller V FRIGHTENED, crying, says she believes he will come round tonight and hurt her, she is on her own. has locked all doors. GRADE 1, unit dispatched. Caller told to keep the voicemails, do not delete.""",
    spans=[
        ("STALK_CONTACT", "he left 3 voicemails on her mobile"),
        ("REPETITION", "between 2131 and 2139"),
        ("THREAT_VIOLENCE", "I'll come round and drag you out by your hair"),
        ("THREAT_VIOLENCE", "I'll put you in hospital you old cow"),
        ("DISTRESS", "crying"),
        ("FEAR_OF_VIOLENCE", "she believes he will come round tonight and hurt her"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CFD",
    voice="result_note", case="mixed", noise="clean", batch="wb",
    pattern="care_worker_threatens_colleague_after_warning_victim_moves_off_nights", relationship="colleague", occasions=3,
    text="""\
RESULT: Charged s.4 Protection from Harassment Act. SUSP Kieran Moss, 24, and IP Paula Dempsey, 52, are both care assistants at Ashgrove Lodge nursing home. Moss blamed IP for his written warning. On three nights in January (9th, 13th and 20th) he confronted her in the staff room; on the 13th he said he would wait for her in the car park and kick her head in, and on the 20th that she would "get a knife in her" if she grassed on him again. IP said in interview that she was scared stiff and thought he would do it. She asked to come off nights so she was never on shift with him and now works days at a lower rate of pay. Moss suspended by employer pending their own investigation. Bail: no contact with IP, not to attend Ashgrove Lodge. CPS authorised 14/02.""",
    spans=[
        ("REPETITION", "On three nights in January (9th, 13th and 20th)"),
        ("THREAT_VIOLENCE", "he would wait for her in the car park and kick her head in"),
        ("THREAT_VIOLENCE", 'she would "get a knife in her"'),
        ("FEAR_OF_VIOLENCE", "she was scared stiff and thought he would do it"),
        ("SERIOUS_IMPACT", "She asked to come off nights so she was never on shift with him"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="vps", case="mixed", noise="clean", batch="wb",
    pattern="brother_in_law_inheritance_threats_in_family_group_and_at_funeral_victim_afraid", relationship="family", occasions=2,
    text="""\
I want the court to know how this has affected me. Declan is my late husband's brother. After Tony's funeral he decided I had kept money that was due to him from the house. In the family WhatsApp group on 2nd August he wrote that he would come down and sort me out properly, and that my dog would be the first to go. I was worried about Bailey, of course, but it was me he meant and I knew that. Then on 16th August he came up to me at his aunt's funeral and told me, in front of everyone, that I'd "be in the ground next to him soon". Since then I have been afraid that he will attack me. I keep thinking I can hear his van. I do not sleep well and I jump at the door. I just want it to stop.""",
    spans=[
        ("THREAT_VIOLENCE", "he would come down and sort me out properly"),
        ("THREAT_VIOLENCE", 'I\'d "be in the ground next to him soon"'),
        ("FEAR_OF_VIOLENCE", "I have been afraid that he will attack me"),
        ("DISTRESS", "I do not sleep well and I jump at the door"),
    ],
)

case(
    15, "stalking", "CS",
    voice="call_log", case="lower", noise="abbrev", batch="wb",
    pattern="ex_boyfriend_hundreds_of_pleading_messages_and_flowers_victim_not_scared", relationship="ex_partner", occasions=10,
    text="""\
ip called re ex bf jordan price. split 3 wks ago after 2 yrs together. since then he has sent approx 200 msgs and calls, mostly begging her to take him back, 'i cant live without u', 'just 5 mins to talk please'. also left flowers on her car at work x2. no threats, no abuse. ip says shes not scared of him in the slightest, just sick of it and wants police to tell him to stop. dash done - standard. ip happy for officer to speak to susp. pc to ring ip back tmrw 1600 to arrange.""",
    spans=[
        ("REPETITION", "since then"),
        ("STALK_CONTACT", "sent approx 200 msgs and calls"),
        ("FIXATION", "begging her to take him back"),
        ("STALK_GIFTS", "left flowers on her car at work x2"),
    ],
)

case(
    16, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="wb",
    pattern="ex_partner_sits_outside_and_threatens_victims_new_boyfriend_victim_fears_for_him", relationship="ex_partner", occasions=5,
    text="""\
IP Chloe Varney ended her relationship with SUSP Aaron Whitlock in January. In April she started seeing Mark Ince. Since 20 April SUSP has sat in his car across the road from her address on three evenings (20th, 23rd and 27th April), sent her a message asking "is he worth it", and on 29th April walked up to Mark on her drive and told him he would "end up in a box" if he kept seeing her. IP is clear that she is not afraid SUSP will hurt her - "he never laid a finger on me in four years" - but she is very worried for Mark. Mark has declined to make a statement at this time. IP upset and tearful throughout. Recorded as stalking with IP as victim. Threat was to Mark, not to IP.""",
    spans=[
        ("STALK_LOITER", "sat in his car across the road from her address on three evenings"),
        ("REPETITION", "(20th, 23rd and 27th April)"),
        ("STALK_CONTACT", 'sent her a message asking "is he worth it"'),
        ("DISTRESS", "she is very worried for Mark"),
        ("DISTRESS", "IP upset and tearful throughout"),
    ],
)

case(
    17, "stalking", "CS",
    voice="statement", case="mixed", noise="typos", batch="wb",
    pattern="stranger_customer_fixated_on_bakery_worker_gifts_and_follows_on_bus_she_is_angry", relationship="stranger", occasions=5,
    text="""\
I work on the tills at Greggs on Bridge Street. About a month ago a man started coming in every morning, always ordering a sausage roll and always wanting me to serve him even if there was a queue on the other till. He asked me out and I said no, I have a boyfriend. After that he left a card and a box of Celebrations on the counter for me with "to my Jess" writen on it. Then last tuesday he was waiting by the bus stop outside when I finished at 3 and he got on the same bus as me and got off at my stop. I told him to leave me alone and he just smiled. On saturday there was another card pushed through the shop door before we opened. I'm not scared of him, honestly I'm more angry then anything that he thinks he can do this, but I want it stoping before he finds out where I live. I don't know his name, my manager thinks hes called Graham.""",
    spans=[
        ("STALK_TURN_UP", "a man started coming in"),
        ("REPETITION", "every morning"),
        ("FIXATION", "always wanting me to serve him"),
        ("STALK_GIFTS", "he left a card and a box of Celebrations on the counter for me"),
        ("FIXATION", '"to my Jess"'),
        ("STALK_LOITER", "he was waiting by the bus stop outside when I finished at 3"),
        ("STALK_FOLLOW", "got on the same bus as me and got off at my stop"),
        ("STALK_GIFTS", "another card pushed through the shop door"),
    ],
)

case(
    18, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="wb",
    pattern="ex_partner_visits_and_threatens_victims_cat_victim_fears_only_for_cat", relationship="ex_partner", occasions=7,
    text="""\
DASH notes - IP Sophie Marchetti / SUSP Lewis Dorran (ex, sep Nov). Q1 injury - none. Q2 frightened? IP says "no, not of him, he's pathetic" - she is frightened for her cat Biscuit. Since Dec SUSP has come to the address 5-6 times while she's at work, been seen in the back garden by n/dr, and messaged "your cat won't see Xmas" with a photo of the cat taken through her kitchen window. Keeps asking who she's seeing and says she'll "come crawling back". Cat went missing 2 days last wk, came back with a cut paw, IP thinks he took it, no evidence. Q10 separation - yes. Q stalking - yes, turning up + msgs. IP distressed about the cat. RISK: standard, review if escalates. Crime: stalking.""",
    spans=[
        ("STALK_TURN_UP", "SUSP has come to the address 5-6 times while she's at work"),
        ("STALK_LOITER", "been seen in the back garden by n/dr"),
        ("STALK_CONTACT", 'messaged "your cat won\'t see Xmas"'),
        ("STALK_WATCH", "a photo of the cat taken through her kitchen window"),
        ("FIXATION", "Keeps asking who she's seeing"),
        ("DISTRESS", "IP distressed about the cat"),
    ],
)

case(
    19, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="wb",
    pattern="rejected_acquaintance_monitors_social_media_turns_up_at_gym_one_threat_laughed_off", relationship="acquaintance", occasions=5,
    text="""\
I'm ringing on behalf of my friend Amira Haddad, she's here in the room with me and she's happy for me to do the talking. There's a lad from our old sixth form, Owen Kettering, who's been obsessed with her since she turned him down at a party in March. He likes every single thing she posts within seconds, he's commented on all her holiday photos with stuff like "who's that with you", he's turned up at PureGym on Hawley Road twice on the nights she goes even though he lives out in Bedford, and last week he sent her a voice note saying "keep ignoring me and see what happens to your face". She honestly laughed when she heard it, she says he's all talk and she's not bothered about that bit. It's the constant watching her that's doing her head in. She wants it on record and wants someone to have a word with him.""",
    spans=[
        ("FIXATION", "obsessed with her since she turned him down"),
        ("STALK_MONITOR", "He likes every single thing she posts within seconds"),
        ("STALK_CONTACT", "commented on all her holiday photos"),
        ("STALK_TURN_UP", "turned up at PureGym on Hawley Road twice"),
        ("THREAT_VIOLENCE", "keep ignoring me and see what happens to your face"),
        ("DISTRESS", "It's the constant watching her that's doing her head in"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSFD",
    voice="statement", case="mixed", noise="clean", batch="wb",
    pattern="ex_partner_repeated_death_threats_brother_delivers_one_victim_moves_and_changes_number", relationship="ex_partner", occasions=5,
    text="""\
I was with Shaun Delaney for six years and we have two children together, Mia who is 8 and Jack who is 5. I ended it on 1st September because of his drinking and the way he treated me. He moved back to his mum's in Crewe. Since then he has not accepted it. He rings me most nights, sometimes fifteen or twenty times, and when I don't answer he leaves voicemails. On 14th September he said on a voicemail "if I can't have you no one will, I'll kill you Kerry". On 22nd September his brother Liam came to my door and said Shaun had told him to tell me I was "a dead woman walking". Liam seemed embarrassed saying it. On 30th September Shaun was outside the school gates at pick-up, which is not his day, and he walked alongside me down Coppice Lane saying he'd finish me and nobody would ever find me. I am frightened for my life. I know what he is like when he has had a drink. I have moved into my mum's with the children and I have changed my number. I don't let the kids out of my sight. I want him arrested.""",
    spans=[
        ("FIXATION", "he has not accepted it"),
        ("STALK_CONTACT", "He rings me most nights"),
        ("REPETITION", "sometimes fifteen or twenty times"),
        ("THREAT_VIOLENCE", '"if I can\'t have you no one will, I\'ll kill you Kerry"'),
        ("STALK_TURN_UP", "his brother Liam came to my door"),
        ("THREAT_VIOLENCE", 'I was "a dead woman walking"'),
        ("STALK_LOITER", "Shaun was outside the school gates at pick-up"),
        ("STALK_FOLLOW", "he walked alongside me down Coppice Lane"),
        ("THREAT_VIOLENCE", "he'd finish me and nobody would ever find me"),
        ("FEAR_OF_VIOLENCE", "I am frightened for my life"),
        ("SERIOUS_IMPACT", "I have moved into my mum's with the children"),
        ("SERIOUS_IMPACT", "I have changed my number"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSD",
    voice="mo_field", case="upper", noise="abbrev", batch="wb",
    pattern="unknown_man_watches_young_man_from_bench_follows_to_gym_victim_unafraid_but_changes_routine", relationship="stranger", occasions=8,
    text="""\
UNK MALE (W/M 50S, BEIGE ANORAK) HAS WATCHED IP (M, 27) FROM BENCH OPP HIS FLAT ON 6+ OCCS SINCE 01/07, FOLLOWED IP TO NUFFIELD GYM X2 AND SAT IN FOYER. LEFT NOTE ON IP'S MOTORBIKE 'I SEE YOU EVERY DAY'. NO THREATS. IP NOT IN FEAR OF VIOLENCE ('I'M A BIG LAD') BUT HAS CANCELLED GYM MEMBERSHIP AND NOW LEAVES FLAT BY REAR FIRE EXIT.""",
    spans=[
        ("STALK_WATCH", "HAS WATCHED IP (M, 27) FROM BENCH OPP HIS FLAT"),
        ("REPETITION", "ON 6+ OCCS SINCE 01/07"),
        ("STALK_FOLLOW", "FOLLOWED IP TO NUFFIELD GYM X2"),
        ("STALK_LOITER", "SAT IN FOYER"),
        ("STALK_CONTACT", "LEFT NOTE ON IP'S MOTORBIKE"),
        ("FIXATION", "'I SEE YOU EVERY DAY'"),
        ("SERIOUS_IMPACT", "HAS CANCELLED GYM MEMBERSHIP"),
        ("SERIOUS_IMPACT", "NOW LEAVES FLAT BY REAR FIRE EXIT"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="typos", batch="wb",
    pattern="ex_partner_turns_up_at_bank_workplace_victim_fears_for_job_signed_off_sick", relationship="ex_partner", occasions=6,
    text="""\
Update 04/11 1120 PC 2290 Lacey - Spoke with IP Natalie Fenwick by phone. Ex-partner Dean Corbishley (seperated June) has now turned up at her workplace (Halifax branch, Commercial St) 4 times since 10/10, standing in the queue and asking staff if "Nat" is on. On 28/10 he waited outside at closing and tried to walk her to her car. IP says she is not frightened he will hurt her, "hes never been violent, hes just sad", but she is mortified, her manager has had a word with her about it and she is scared of loosing her job. GP has signed her off work for 2 weeks with stress from 01/11.
Update 06/11 0900 - Dean has also sent a card to her work saying "we belong together, I'll wait". Stalking crime raised. SUSP to be interviewed. DVPN not suitable. IP given advice re SPO and Paladin details.
Update 07/11 1545 PC 2290 Lacey - Attempted to visit SUSP at home address (Flat 6, Tyne Court). No reply. Note for whoever picks this up: the parking at Tyne Court is residents only and the warden is very keen, use the pay and display on Mill Lane. Card left. Also noted an unrelated log from 2023 at that address re a noise complaint - not relevant.
Update 08/11 1010 - SUSP rang in, attended voluntarily 1400, interviewed under caution. Admits going to the branch but says he "just wanted to see she was ok" and had no idea she was off sick. Released under investigation. IP updated by phone, still off work, says she feels "like everyone at work knows".""",
    spans=[
        ("STALK_TURN_UP", "turned up at her workplace"),
        ("REPETITION", "4 times since 10/10"),
        ("STALK_LOITER", "he waited outside at closing"),
        ("STALK_FOLLOW", "tried to walk her to her car"),
        ("DISTRESS", "she is mortified"),
        ("SERIOUS_IMPACT", "GP has signed her off work for 2 weeks with stress"),
        ("STALK_GIFTS", "sent a card to her work"),
        ("FIXATION", '"we belong together, I\'ll wait"'),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSFD",
    voice="call_log", case="mixed", noise="heavy", batch="wb",
    pattern="anonymous_online_viewer_fixated_on_streamer_posts_her_street_two_threats_she_stops_streaming", relationship="online", occasions=6,
    text="""\
C/H notes: IP Bethany Orme (22), streams on twitch. Male user "grim_reaper_77" been in her chat since aprox Feb, msgs her daily on discord + X. Has posted her home town + a pic of her st on a reddit thread. 09/05 DM: "ur going to get what ur owed when i find u". 17/05 DM: "not long now, ive been to ur street, i'll cut u". IP v scared, beleives he knows where she lives + will come to hurt her. Has stoped streaming + bought ring doorbell + moved bedroom to back of house. susp ident unk - refer cyber team for subscriber checks. Advised IP dont engage, screenshot evrything.""",
    spans=[
        ("REPETITION", "since aprox Feb"),
        ("STALK_CONTACT", "msgs her daily on discord + X"),
        ("STALK_PUBLISH", "posted her home town + a pic of her st on a reddit thread"),
        ("THREAT_VIOLENCE", '"ur going to get what ur owed when i find u"'),
        ("ESCALATION", "ive been to ur street"),
        ("THREAT_VIOLENCE", "i'll cut u"),
        ("FEAR_OF_VIOLENCE", "beleives he knows where she lives + will come to hurt her"),
        ("SERIOUS_IMPACT", "Has stoped streaming"),
        ("SERIOUS_IMPACT", "bought ring doorbell"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSF",
    voice="judgment", case="mixed", noise="clean", batch="wb",
    pattern="restraining_order_breached_by_ex_at_door_and_end_of_road_with_threats", relationship="ex_partner", occasions=2,
    text="""\
Sentencing remarks (extract). Mr Holroyd, you are 41 and you are to be sentenced for two breaches of a restraining order and for stalking involving fear of violence. The order, made at this court in March, prohibited you from contacting Ms Patel or going within 100 metres of her home in Ashby Road. On 2 July you went to her door at 11pm and told her through the letterbox that she would pay for the court case with her teeth. On 9 July you were waiting at the end of her road when she came home from work, and you said to her that next time nobody would hear her scream. She says in her statement, which I accept, that she was terrified on both occasions and that she is now afraid every time she turns into her road. It is plain from the pre-sentence report that you have still not accepted that the relationship is over. You told the author of that report that you "only wanted to talk" and that Ms Patel was "winding the police up". That is not how the two things you said to her can be read, and you knew what effect they would have on a woman you had already been ordered to keep away from.
You have two previous convictions, one for criminal damage in 2016 and one for a drink-drive matter in 2019, neither of which I treat as aggravating. You were in work as a forklift driver until your arrest and your employer has written in support. I take into account your guilty plea, entered at the first hearing, and I give you full credit for it.
But this was a deliberate breach of an order made only four months earlier, at night, at her home. Only a custodial sentence can be justified. The sentence on each count is 14 months' imprisonment, concurrent. The restraining order is varied to run indefinitely and the exclusion zone is extended to the whole of Ashby Road and Fennel Street.""",
    spans=[
        ("STALK_TURN_UP", "you went to her door at 11pm"),
        ("THREAT_VIOLENCE", "she would pay for the court case with her teeth"),
        ("STALK_LOITER", "you were waiting at the end of her road when she came home from work"),
        ("THREAT_VIOLENCE", "next time nobody would hear her scream"),
        ("FEAR_OF_VIOLENCE", "she was terrified on both occasions"),
        ("FIXATION", "you have still not accepted that the relationship is over"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="wb",
    pattern="elderly_neighbour_racist_abuse_over_bins_three_times_victim_angry_not_scared", relationship="neighbour", occasions=3,
    text="""\
I live at 17 Pollard Street with my wife and our two sons. Our neighbour at number 19, Mrs Doreen Skeet, has been shouting racist abuse at us since we moved in last May, usually about our bins or where I park. On 3rd June she called me a "black bastard" over the fence. On 10th June she told my wife to go back to Africa where she belongs. On 21st June, when I was washing the car, she shouted that we had "brought the area down, you lot". She has never threatened us and I am not scared of her, she is in her seventies and uses a frame. I am angry. My boys have heard all of this. I want her spoken to and I want it recorded as what it is.""",
    spans=[
        ("REPETITION", "since we moved in last May"),
        ("RACIAL_HOSTILITY", 'called me a "black bastard" over the fence'),
        ("RACIAL_HOSTILITY", "told my wife to go back to Africa where she belongs"),
        ("RACIAL_HOSTILITY", 'we had "brought the area down, you lot"'),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="wb",
    pattern="customer_racial_and_religious_abuse_of_newsagent_two_visits_threat_laughed_off", relationship="customer", occasions=2,
    text="""\
CALLER MR HARJIT SANGHA, OWNER OF SANGHA NEWS, 4 ELM PARADE. MALE CUSTOMER (KNOWN LOCALLY AS 'TOMMO', W/M 30S, RED NORTH FACE) CAME IN 1115 TODAY, REFUSED TO PAY FOR CANS, CALLED CALLER A 'TURBAN WEARING P***' AND SAID HE'D 'BURN THE SHOP DOWN WITH YOU IN IT'. SAME MALE IN SHOP YESTERDAY EVE, SHOUTED 'TERRORIST' AT CALLER AND HIS SON ACROSS THE COUNTER. CALLER LAUGHED ABOUT THE THREAT ON THE PHONE - 'HE SAYS THAT TO EVERYONE, HE'S HARMLESS' - NOT CONCERNED FOR HIS SAFETY, BUT FED UP WITH THE ABUSE AND WANTS HIM BANNED. CCTV BOTH DAYS. OFFICER TO ATTEND.""",
    spans=[
        ("RACIAL_HOSTILITY", "CALLED CALLER A 'TURBAN WEARING P***'"),
        ("THREAT_VIOLENCE", "SAID HE'D 'BURN THE SHOP DOWN WITH YOU IN IT'"),
        ("REPETITION", "SAME MALE IN SHOP YESTERDAY EVE"),
        ("RELIGIOUS_HOSTILITY", "SHOUTED 'TERRORIST' AT CALLER AND HIS SON"),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="redacted", batch="wb",
    pattern="team_leader_anti_muslim_comments_victim_fears_contract_not_renewed", relationship="colleague", occasions=5,
    text="""\
IP [NAME 1], 29, is a Muslim woman who wears a hijab and works as an admin officer at [COMPANY]. Since January her team leader [NAME 2] has repeatedly made comments to her about her religion. On at least four occasions he has called her "Ninja" and asked if she has "a bomb under that thing", and on 14/03, in front of the team, said "Muslims like you should be grateful we let you work here". He messaged her on Teams on 21/03 asking if she would be "praying for jihad" over Ramadan. IP has not complained at work because she is on a fixed-term contract and is frightened he will make sure it is not renewed. She is not frightened of him physically. She is upset and has been crying in the toilets at work. No threats made. [NAME 3] (colleague) witnessed the 14/03 comment.""",
    spans=[
        ("REPETITION", "On at least four occasions"),
        ("RELIGIOUS_HOSTILITY", 'called her "Ninja"'),
        ("RELIGIOUS_HOSTILITY", 'asked if she has "a bomb under that thing"'),
        ("RELIGIOUS_HOSTILITY", '"Muslims like you should be grateful we let you work here"'),
        ("STALK_CONTACT", "He messaged her on Teams on 21/03"),
        ("RELIGIOUS_HOSTILITY", 'asking if she would be "praying for jihad" over Ramadan'),
        ("DISTRESS", "has been crying in the toilets at work"),
    ],
)

case(
    28, "aggravated_harassment", "CR",
    voice="notebook", case="lower", noise="typos", batch="wb",
    pattern="father_in_law_racist_texts_to_polish_daughter_in_law_threats_aimed_at_children", relationship="family", occasions=9,
    text="""\
1415 spoke to ip agnieszka hollins at home address, 7 rydal ave. ip is polish, married to [husband]. her father in law ron hollins has sent her 9 txts since 25/8, since she and her husband said no to him moving in. txts say things like "dirty polish scrounger" and "go back to poland and take ur brats". 2 txts say hell "give them kids a good hiding" when he next has them. ip not scared for herself at all, "hes 78 and walks with a stick", but is worried for the children. wants him spoken to, dosent want him arrested. shown msgs on her phone, photos taken on my phone. ip advised block number. children not present.""",
    spans=[
        ("STALK_CONTACT", "has sent her 9 txts"),
        ("REPETITION", "since 25/8"),
        ("RACIAL_HOSTILITY", '"dirty polish scrounger"'),
        ("RACIAL_HOSTILITY", '"go back to poland and take ur brats"'),
        ("DISTRESS", "is worried for the children"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="clean", batch="wb",
    pattern="councillor_receives_antisemitic_emails_and_replies_after_planning_vote_not_frightened", relationship="online", occasions=9,
    text="""\
Reviewed. IP is a local councillor (Cllr Ruth Abrahams) who received six emails and a number of replies on X between 2 and 19 Feb from an account "TruthSeeker_UK", after she voted for the synagogue extension at planning committee. Content includes "your kind control everything", "hope the Rothschilds are paying you well" and a cartoon of her with a hooked nose. Account traced to a male in Luton with no other link to IP. No threats. IP says she is not frightened - she gets this "every week" and calls him a keyboard warrior - but wants it recorded because of the volume. Nothing to suggest he is interested in her beyond the vote, and it is contact only. Agree with recording as religiously/racially aggravated harassment. OIC to apply for subscriber data via SPOC and arrange VI.""",
    spans=[
        ("STALK_CONTACT", "received six emails and a number of replies on X"),
        ("REPETITION", "between 2 and 19 Feb"),
        ("RELIGIOUS_HOSTILITY", '"your kind control everything"'),
        ("RELIGIOUS_HOSTILITY", '"hope the Rothschilds are paying you well"'),
        ("RACIAL_HOSTILITY", "a cartoon of her with a hooked nose"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="abbrev", batch="wb",
    pattern="neighbour_racist_threats_over_fence_twice_caller_whispering_afraid", relationship="neighbour", occasions=2,
    text="""\
42 Tern Way. N/dr at 40 ("Gaz") over fence again 1930, "ur getting stabbed you black c***", same as Sat when he said he'd set the dogs on him and his monkey kids. Caller whispering, scared to go outside, believes SUSP will attack him. Unit assigned.""",
    spans=[
        ("REPETITION", "again"),
        ("THREAT_VIOLENCE", "ur getting stabbed"),
        ("RACIAL_HOSTILITY", "you black c***"),
        ("REPETITION", "same as Sat"),
        ("THREAT_VIOLENCE", "he'd set the dogs on him"),
        ("RACIAL_HOSTILITY", "his monkey kids"),
        ("FEAR_OF_VIOLENCE", "scared to go outside, believes SUSP will attack him"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="lower", noise="typos", batch="wb",
    pattern="drunk_customer_racist_threats_to_takeaway_worker_two_nights_worker_frightened", relationship="customer", occasions=2,
    text="""\
i work at the golden dragon takeaway on station rd with my uncle. on friday 7th about 11.30pm a man came in drunk and said his chips were cold. he called me a "chinky b****" and said hed come back and chop me up like my food. my uncle made him leave. on saturday night he came back at about the same time and stood at the counter and said "told you id be back, your dead ching chong". he kept slaping the counter. i was realy frightened, i thought he was going to come over the counter and hit me. i still feel scared when the door goes late at night. i am 19. i would know him again, he had a tattoo of a swallow on his neck.""",
    spans=[
        ("RACIAL_HOSTILITY", 'he called me a "chinky b****"'),
        ("THREAT_VIOLENCE", "hed come back and chop me up like my food"),
        ("REPETITION", "he came back at about the same time"),
        ("THREAT_VIOLENCE", "told you id be back, your dead"),
        ("RACIAL_HOSTILITY", "ching chong"),
        ("FEAR_OF_VIOLENCE", "i thought he was going to come over the counter and hit me"),
        ("FEAR_OF_VIOLENCE", "i still feel scared when the door goes late at night"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="crime_summary", case="upper", noise="clean", batch="wb",
    pattern="landlord_anti_muslim_threats_to_lodger_over_prayer_lodger_flees", relationship="landlord", occasions=3,
    text="""\
IP MR YUSUF KARIMI (AFGHAN NATIONAL, MUSLIM) RENTED A ROOM AT 51 GLEBE STREET FROM SUSP MR PETER DAWSON. DISPUTE AROSE OVER IP PRAYING IN HIS ROOM AND OVER HIS DEPOSIT. ON 5/1 SUSP ENTERED IP'S ROOM WITHOUT NOTICE, THREW HIS PRAYER MAT INTO THE HALL AND SAID 'NO MOSQUE IN MY HOUSE, YOU'LL GET YOUR HEAD KICKED IN'. ON 12/1 SUSP MET IP ON THE STAIRS AND SAID 'I'LL DO TO YOU WHAT YOUR LOT DID TO OUR LADS, YOU TALIBAN RAT'. ON 13/1 SUSP TEXTED 'OUT BY FRIDAY OR ELSE'. IP STATES HE WAS VERY AFRAID HE WOULD BE ATTACKED AND COULD NOT SLEEP. HE WEDGED A CHAIR UNDER HIS DOOR EVERY NIGHT AND LEFT THE PROPERTY ON 15/1. NOW STAYING WITH A FRIEND IN BRADFORD. DEPOSIT NOT RETURNED.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "THREW HIS PRAYER MAT INTO THE HALL"),
        ("RELIGIOUS_HOSTILITY", "'NO MOSQUE IN MY HOUSE"),
        ("THREAT_VIOLENCE", "YOU'LL GET YOUR HEAD KICKED IN'"),
        ("THREAT_VIOLENCE", "'I'LL DO TO YOU WHAT YOUR LOT DID TO OUR LADS"),
        ("RACIAL_HOSTILITY", "YOU TALIBAN RAT'"),
        ("UNWANTED", "SUSP TEXTED 'OUT BY FRIDAY OR ELSE'"),
        ("FEAR_OF_VIOLENCE", "HE WAS VERY AFRAID HE WOULD BE ATTACKED"),
        ("SERIOUS_IMPACT", "HE WEDGED A CHAIR UNDER HIS DOOR EVERY NIGHT"),
        ("SERIOUS_IMPACT", "LEFT THE PROPERTY ON 15/1"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="clean", batch="wb",
    pattern="bus_driver_witnesses_man_abusing_romanian_passenger_three_mornings_with_threats", relationship="stranger", occasions=3,
    text="""\
Witness statement of Neil Hargreaves, bus driver. I drive the 36 from Kirkgate to the Infirmary. On three mornings this week (Monday 10th, Wednesday 12th and Friday 14th) a man in a black puffer jacket got on at Kirkgate and sat near the same passenger, a Romanian man I now know is called Mr Ionut Popa, who gets on at the market stop. Each time he leaned over and said things about "Romanian gypsy thieves". On the Wednesday I heard him say "I'll have you off this bus and kick your head in". On the Friday he said "last warning gyppo, I'll stab you". Mr Popa came up to my cab shaking and asked me to phone the police. He told me he was scared to get the bus now and thought the man was going to hurt him. I have driven the 36 for eleven years and I had not seen the man before this week.""",
    spans=[
        ("REPETITION", "On three mornings this week (Monday 10th, Wednesday 12th and Friday 14th)"),
        ("REPETITION", "Each time"),
        ("RACIAL_HOSTILITY", '"Romanian gypsy thieves"'),
        ("THREAT_VIOLENCE", '"I\'ll have you off this bus and kick your head in"'),
        ("RACIAL_HOSTILITY", "last warning gyppo"),
        ("THREAT_VIOLENCE", "I'll stab you"),
        ("DISTRESS", "shaking"),
        ("FEAR_OF_VIOLENCE", "thought the man was going to hurt him"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="abbrev", batch="wb",
    pattern="warehouse_coworker_racist_threats_first_laughed_off_then_knife_shown_victim_now_afraid", relationship="colleague", occasions=3,
    text="""\
Upd 1 (PC 1187 Marsh) 19/06 1410: IP Kwame Mensah, warehouse op at parcel hub, Lyne Rd. Co-worker SUSP Jordan Leese said to him on 12/06 by the loading bay "I'll knock you out you f***ing n*****". IP says at the time he laughed it off and told his supervisor, thought SUSP was showing off to his mates.
Upd 2 19/06 1435: 16/06 SUSP came up to IP at the lockers, "told you, monkey, you're getting done after shift". 18/06 in staff car park SUSP showed him a Stanley knife and said "this one's got your name on it". IP now says he is not laughing anymore, believes SUSP will attack him and is scared to go to his car alone. Employer HR informed, SUSP sent home. CCTV request for car park sent.""",
    spans=[
        ("THREAT_VIOLENCE", '"I\'ll knock you out'),
        ("RACIAL_HOSTILITY", 'you f***ing n*****"'),
        ("RACIAL_HOSTILITY", '"told you, monkey'),
        ("THREAT_VIOLENCE", "you're getting done after shift"),
        ("THREAT_VIOLENCE", 'SUSP showed him a Stanley knife and said "this one\'s got your name on it"'),
        ("ESCALATION", "he is not laughing anymore"),
        ("FEAR_OF_VIOLENCE", "believes SUSP will attack him and is scared to go to his car alone"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="abbrev", batch="wb",
    pattern="ex_partner_turns_up_and_begs_messages_mix_love_and_racist_abuse_victim_not_scared", relationship="ex_partner", occasions=8,
    text="""\
ip reports ex partner (sep 6 wks) keeps turning up at her flat and messaging. 5 visits to flat since the 1st, knocks and begs to talk, wont go till she threatens to ring us. msgs flip between 'i love u, please' and racist abuse - 'ur nothing but a dirty paki anyway', 'go back to ur own kind'. ip is british pakistani, susp white british. no threats. ip says she isnt scared of him, 'hes a mess', just angry and wants it to stop. dash std. log to DA team for f/up.""",
    spans=[
        ("STALK_TURN_UP", "keeps turning up at her flat"),
        ("REPETITION", "5 visits to flat since the 1st"),
        ("FIXATION", "knocks and begs to talk"),
        ("STALK_CONTACT", "msgs flip between 'i love u, please' and racist abuse"),
        ("RACIAL_HOSTILITY", "'ur nothing but a dirty paki anyway'"),
        ("RACIAL_HOSTILITY", "'go back to ur own kind'"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="wb",
    pattern="stranger_waits_on_canal_and_follows_black_nurse_to_work_racist_remarks_she_is_fuming", relationship="stranger", occasions=6,
    text="""\
I am a staff nurse at the Royal and I walk to work along the canal towpath. Since the start of October a white man in his sixties with a grey beard and a Leeds United hat has been waiting on the bench by the lock at about 7am and then walking behind me all the way to the hospital gates. He has done this at least five times. On two of those mornings he said things to my back like "you people are taking all our jobs" and "back to the jungle". Last Tuesday he was standing at the hospital main entrance when I came off shift at eight at night. He has never touched me or threatened me. Honestly I am not scared, I'm fuming - I've lived here since I was four. But I want to know who he is and I want him to stop following me.""",
    spans=[
        ("STALK_LOITER", "waiting on the bench by the lock at about 7am"),
        ("STALK_FOLLOW", "walking behind me all the way to the hospital gates"),
        ("REPETITION", "at least five times"),
        ("RACIAL_HOSTILITY", '"you people are taking all our jobs"'),
        ("RACIAL_HOSTILITY", '"back to the jungle"'),
        ("STALK_TURN_UP", "he was standing at the hospital main entrance when I came off shift"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="wb",
    pattern="neighbour_logs_visitors_films_garden_bacon_on_door_keys_car_victim_fears_for_property", relationship="neighbour", occasions=6,
    text="""\
IP Mrs Saima Qureshi, 45, lives at 12 Beech Grove with her husband and two children. Neighbour at no. 14 is SUSP Graham Tolley, 67. Since IP moved in last November SUSP has kept a written log of every visitor to her house, which he showed to W1 at no. 16, and films her from his upstairs window whenever she is in the garden. On 2 and 9 March rashers of bacon were left on IP's door handle; W1 saw SUSP at IP's front door early on the 9th. On 15 March IP's car was keyed down the passenger side. SUSP told W1 "she'll get the message, they don't belong here". IP says she is not scared of him physically, but is worried about what he will do to the house and car next, and is very upset that her children saw the bacon. There has been no direct contact between them and no dispute about anything.""",
    spans=[
        ("REPETITION", "Since IP moved in last November"),
        ("STALK_MONITOR", "kept a written log of every visitor to her house"),
        ("STALK_WATCH", "films her from his upstairs window whenever she is in the garden"),
        ("RELIGIOUS_HOSTILITY", "rashers of bacon were left on IP's door handle"),
        ("STALK_PROPERTY", "IP's car was keyed down the passenger side"),
        ("RELIGIOUS_HOSTILITY", '"she\'ll get the message, they don\'t belong here"'),
        ("DISTRESS", "is very upset that her children saw the bacon"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="dash_note", case="inconsistent", noise="abbrev", batch="wb",
    pattern="ex_partner_racist_messages_about_victims_mother_threatens_mother_drives_past_victim_fears_for_mum", relationship="ex_partner", occasions=10,
    text="""\
DASH / RISK NOTES. IP: Leanne Okafor. SUSP: ex-partner Ryan BARLOW. Sep AUG. since sep SUSP has sent IP 30+ msgs blaming her mum for the split - "ur mum's a f***ing witch doctor", "that African b**** turned u against me", "tell ur mum she'll get a brick thru her window and her head kicked in". Also drove past IP's flat "most nights" per N/DR. IP: "I'm NOT scared of him, he'd never touch me", but frightened for her mum (lives alone, Sefton Rd). Mum aware, making own report. Q getting worse - YES, msgs more frequent. RISK: medium (re mum). mum's address flagged.""",
    spans=[
        ("REPETITION", "since sep"),
        ("STALK_CONTACT", "SUSP has sent IP 30+ msgs"),
        ("RACIAL_HOSTILITY", '"ur mum\'s a f***ing witch doctor"'),
        ("RACIAL_HOSTILITY", '"that African b**** turned u against me"'),
        ("STALK_WATCH", "drove past IP's flat"),
        ("REPETITION", '"most nights"'),
        ("DISTRESS", "frightened for her mum"),
        ("ESCALATION", "msgs more frequent"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="wb",
    pattern="unknown_person_fake_profiles_racist_posts_about_teacher_fears_for_reputation_not_safety", relationship="online", occasions=7,
    text="""\
IP [NAME 1] is a primary school teacher of Indian heritage. Since [DATE] an unknown person has set up at least three fake Facebook profiles in IP's name, using photos taken from her private Instagram, and posted on them "confessions" and comments such as "curry muncher teaching your kids". A post tagging the school's page says IP "should be deported". The same person has sent IP WhatsApp messages from withheld numbers saying "I'll keep going till you're gone from that school" and "I know your every move". A takeaway was also ordered to her address in her name (£64, cash on delivery, refused). IP is not in fear of any violence. Her worry is her job and what parents will think, and she describes herself as "humiliated". She remains at work. Referred to [UNIT] for comms data.""",
    spans=[
        ("STALK_PUBLISH", "set up at least three fake Facebook profiles in IP's name"),
        ("STALK_MONITOR", "using photos taken from her private Instagram"),
        ("RACIAL_HOSTILITY", '"curry muncher teaching your kids"'),
        ("STALK_PUBLISH", "A post tagging the school's page"),
        ("RACIAL_HOSTILITY", 'IP "should be deported"'),
        ("STALK_CONTACT", "sent IP WhatsApp messages from withheld numbers"),
        ("FIXATION", '"I know your every move"'),
        ("STALK_ORDERS", "A takeaway was also ordered to her address in her name"),
        ("DISTRESS", 'she describes herself as "humiliated"'),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="statement", case="mixed", noise="typos", batch="wb",
    pattern="ex_partner_racist_death_threats_at_work_by_phone_and_at_home_victim_terrified", relationship="ex_partner", occasions=3,
    text="""\
I was in a relationship with Stuart Vokes for about 18 months until I left him in February. I am black British, my parents came here from Jamaica. During the relationship he never said anything racist to me but since I left he has changed. On 3rd March he came to my work and waited by my car and said "you'll come back to me or I'll burn you out, you black slag". On 19th March he rang me from a witheld number 14 times and on one of the calls said "I'll string you up like your ancestors". On 2nd April I came home and he was sat on my front wall. He said "I'm not going anywhere, I will kill you before I let you go". I am terrifed of him. I beleive he will kill me. I keep a bag packed by the door.""",
    spans=[
        ("STALK_TURN_UP", "he came to my work"),
        ("STALK_LOITER", "waited by my car"),
        ("THREAT_VIOLENCE", '"you\'ll come back to me or I\'ll burn you out'),
        ("RACIAL_HOSTILITY", 'you black slag"'),
        ("STALK_CONTACT", "he rang me from a witheld number 14 times"),
        ("THREAT_VIOLENCE", '"I\'ll string you up'),
        ("RACIAL_HOSTILITY", 'like your ancestors"'),
        ("STALK_LOITER", "he was sat on my front wall"),
        ("FIXATION", '"I\'m not going anywhere'),
        ("THREAT_VIOLENCE", 'I will kill you before I let you go"'),
        ("FEAR_OF_VIOLENCE", "I am terrifed of him"),
        ("FEAR_OF_VIOLENCE", "I beleive he will kill me"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="call_log", case="mixed", noise="heavy", batch="wb",
    pattern="stranger_follows_elderly_man_home_from_mosque_anti_muslim_shouts_he_stops_going_alone", relationship="stranger", occasions=4,
    text="""\
Caller Mr Abdul Rahman Miah, 66. Says a white male aprox 30 has followed him home from Jamia mosque on Cavell St 4 fridays running, walking a few yards behind, shouting "allahu akbar boom" and "muzzie go home". Last fri male stood outside callers house for 20 mins after. No threats to hurt him. Caller says he is not scared of a beating - "I am old, what can he do" - but is shamed infront of nieghbours and has now stopped going to friday prayers on his own, his son drives him there + back, and he goes out the back way. Wants male identfied. CCTV on route poss. Pls call back after 1600.""",
    spans=[
        ("STALK_FOLLOW", "followed him home from Jamia mosque on Cavell St"),
        ("REPETITION", "4 fridays running"),
        ("RELIGIOUS_HOSTILITY", '"allahu akbar boom"'),
        ("RELIGIOUS_HOSTILITY", '"muzzie go home"'),
        ("STALK_LOITER", "male stood outside callers house for 20 mins"),
        ("DISTRESS", "is shamed infront of nieghbours"),
        ("SERIOUS_IMPACT", "has now stopped going to friday prayers on his own"),
        ("SERIOUS_IMPACT", "he goes out the back way"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="wb",
    pattern="neighbour_fixed_on_victim_watches_graffiti_follows_two_threats_victim_fits_cctv_sleeps_away", relationship="neighbour", occasions=6,
    text="""\
Supervisor review 22/07. Good initial investigation. IP Mr Deepak Sharma (58) and SUSP (n/dr Anthony Reeve) have no dispute about anything in particular - SUSP has simply fixed on IP since IP moved in in April. SUSP sits on his front step watching IP's house most evenings, has photographed IP's visitors, and "KEEP BRITAIN WHITE" was sprayed on IP's garage door 10/07 (matching paint tin found in SUSP's wheelie bin). 12/07 SUSP told IP over the fence "you'll be next after the door, you dirty p***". 18/07 SUSP followed IP to the corner shop and said "I'll cave your skull in, watch". IP in fear - states he is sure SUSP will attack him. IP has fitted CCTV at own cost and now sleeps at his sister's in Oadby most nights. Correctly recorded as racially aggravated stalking. Actions: arrest SUSP, seize phone, house-to-house on Gilmorton Ave.""",
    spans=[
        ("FIXATION", "SUSP has simply fixed on IP since IP moved in in April"),
        ("STALK_WATCH", "sits on his front step watching IP's house most evenings"),
        ("STALK_MONITOR", "has photographed IP's visitors"),
        ("RACIAL_HOSTILITY", "\"KEEP BRITAIN WHITE\" was sprayed on IP's garage door"),
        ("THREAT_VIOLENCE", '"you\'ll be next after the door'),
        ("RACIAL_HOSTILITY", 'you dirty p***"'),
        ("STALK_FOLLOW", "SUSP followed IP to the corner shop"),
        ("THREAT_VIOLENCE", '"I\'ll cave your skull in, watch"'),
        ("FEAR_OF_VIOLENCE", "he is sure SUSP will attack him"),
        ("SERIOUS_IMPACT", "IP has fitted CCTV at own cost"),
        ("SERIOUS_IMPACT", "now sleeps at his sister's in Oadby most nights"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="wb",
    pattern="romanian_victim_not_afraid_of_ex_but_moves_changes_number_and_stops_church_after_racist_campaign", relationship="ex_partner", occasions=12,
    text="""\
I am not afraid of Callum. I want to say that first because everybody keeps asking me. He has never hit me and I don't believe he ever will. But what he has done since we split up in June has changed my whole life. He has messaged me hundreds of times, from a new number every time I block one. At first he begged me to come back. When I said no he started calling me a "Romanian whore" and saying I only went with him for a visa, and that I should get back on the bus to Bucharest. He sent the same things to my friends and posted them on my Facebook wall. He was outside my work twice. I changed my phone number in August. I moved out of my flat and went back to live with my mum in Wellingborough, which means two hours on the train every day. I stopped going to the Romanian church in town because he knew I went there. I feel ashamed and I am tired all the time.""",
    spans=[
        ("STALK_CONTACT", "He has messaged me hundreds of times"),
        ("FIXATION", "from a new number every time I block one"),
        ("FIXATION", "At first he begged me to come back"),
        ("RACIAL_HOSTILITY", 'calling me a "Romanian whore"'),
        ("RACIAL_HOSTILITY", "saying I only went with him for a visa"),
        ("RACIAL_HOSTILITY", "get back on the bus to Bucharest"),
        ("STALK_PUBLISH", "He sent the same things to my friends and posted them on my Facebook wall"),
        ("STALK_LOITER", "He was outside my work twice"),
        ("SERIOUS_IMPACT", "I changed my phone number in August"),
        ("SERIOUS_IMPACT", "I moved out of my flat and went back to live with my mum"),
        ("SERIOUS_IMPACT", "I stopped going to the Romanian church in town"),
        ("DISTRESS", "I feel ashamed and I am tired all the time"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="result_note", case="lower", noise="abbrev", batch="wb",
    pattern="gaming_acquaintance_antisemitic_messages_new_accounts_complaint_to_employer_two_threats", relationship="online", occasions=6,
    text="""\
result: susp (met ip through an online gaming group, met in person once at a convention mar 24) charged s.4a pha, religiously aggravated. after ip stopped replying susp sent 100+ msgs over 5 wks, made 4 new accounts to get round blocks, found her workplace via linkedin and emailed her manager complaining she was 'unstable'. msgs incl 'ur just a greedy jew like the rest', 'should of finished the job in the 40s' and threats on 2 occ - 14/04 'i'll throw acid in ur face' and 28/04 'one day ull turn round and ill be there with a blade'. ip terrified, said in abe she believed he would attack her. susp remanded, next app crown ct 03/06.""",
    spans=[
        ("FIXATION", "after ip stopped replying"),
        ("STALK_CONTACT", "susp sent 100+ msgs over 5 wks"),
        ("FIXATION", "made 4 new accounts to get round blocks"),
        ("STALK_MONITOR", "found her workplace via linkedin"),
        ("STALK_ORDERS", "emailed her manager complaining she was 'unstable'"),
        ("RELIGIOUS_HOSTILITY", "'ur just a greedy jew like the rest'"),
        ("RELIGIOUS_HOSTILITY", "'should of finished the job in the 40s'"),
        ("REPETITION", "on 2 occ"),
        ("THREAT_VIOLENCE", "'i'll throw acid in ur face'"),
        ("THREAT_VIOLENCE", "'one day ull turn round and ill be there with a blade'"),
        ("FEAR_OF_VIOLENCE", "she believed he would attack her"),
    ],
)
