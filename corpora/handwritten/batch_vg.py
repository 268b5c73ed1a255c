# ruff: noqa: E501
"""Hand-written narratives, writer vg: review and recording records (registrar, CMU, supervisor, file-quality, CPS summaries)."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="vg",
    pattern="cmu_downgrades_stalking_to_harassment_hedge_and_van_photos", relationship="neighbour", occasions=4,
    text="""\
CMU REVIEW - CRIME REF 41/88213/26
Recorded by OIC as stalking (s.2A). I don't agree and have changed it.
Summary: IP Mrs Dorothy Quayle and SUSP Mr Ken Ashdown live either side of a shared drive at Lowther Close. Dispute has run since March over the leylandii hedge and where IP's son parks his van. SUSP has photographed the van and IP's front garden on at least 4 occasions (12/4, 19/4, 2/5 and 3/5), stood at the end of the drive with his phone out, and sent IP texts along the lines of 'your hedge is 4 foot over the line, cut it or I'm going to the council'. IP says she is sick of it and feels watched in her own home.
OIC read the photographing as watching, hence stalking. But every act is about the hedge and the van - nothing about IP as a person. Course of conduct, oppressive: s.2 harassment. No threats. IP has not changed anything she does.
Reclassified: Harassment. Advice given to OIC re issue-based disputes. PS 2291 Fenwick""",
    spans=[
        ("STALK_WATCH", "photographed the van and IP's front garden"),
        ("REPETITION", "on at least 4 occasions (12/4, 19/4, 2/5 and 3/5)"),
        ("STALK_LOITER", "stood at the end of the drive with his phone out"),
        ("STALK_CONTACT", "sent IP texts"),
        ("DISTRESS", "she is sick of it and feels watched in her own home"),
    ],
)

case(
    2, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="clean", batch="vg",
    pattern="cmu_upgrades_ex_turning_up_at_gym_victim_changes_routine_no_threats", relationship="ex_partner", occasions=5,
    text="""\
Crime Management Unit - reclassification note

The OIC recorded this as harassment on the basis that 'there have been no threats and it is mostly him turning up'. That is the wrong test and I have reclassified to stalking involving serious alarm or distress (s.4A).

The facts on the file: Miss Priya Venn ended a two-year relationship with Callum Reddy in late January. Since then he has turned up at her gym on Holloway Road three times, each time at the start of her 6am class, and stood by the reception desk until she came out. He left a bunch of flowers and a card on her car windscreen on 14 February and a second card, 'I'll wait as long as it takes', under her door a week later. There are no threats and she does not say she is afraid he will hurt her.

What she does say, and the OIC has written it into the statement without picking it up, is that she has cancelled her gym membership, now drives a different way to work so she doesn't pass his road, and asked her manager to move her onto late shifts. That is a substantial adverse effect on her day-to-day life. Put that alongside an ex-partner who will not accept the relationship is over and it is s.4A.

Reviewed DS 4410 Okafor, CMU.""",
    spans=[
        ("STALK_TURN_UP", "turned up at her gym on Holloway Road"),
        ("REPETITION", "three times"),
        ("STALK_LOITER", "stood by the reception desk until she came out"),
        ("STALK_GIFTS", "left a bunch of flowers and a card on her car windscreen"),
        ("FIXATION", "I'll wait as long as it takes"),
        ("REPETITION", "a week later"),
        ("SERIOUS_IMPACT", "she has cancelled her gym membership"),
        ("SERIOUS_IMPACT", "now drives a different way to work so she doesn't pass his road"),
        ("SERIOUS_IMPACT", "asked her manager to move her onto late shifts"),
    ],
)

case(
    3, "no_offence", "",
    voice="supervisor_review", case="lower", noise="typos", batch="vg",
    pattern="sgt_no_crimes_single_doorstep_threat_over_party_noise", relationship="neighbour", occasions=1,
    text="""\
sgt review. this has been put on as harrassment but i cant see a course of conduct anywhere in it. one incident on 03/06 at approx 1930 - suspect came round to the IPs door about the noise from her party, words exchanged and suspect said 'turn it down or ill knock you out'. IP says he was shaking with rage and she was scared at the time. nothing before, nothing since, IP confirms she has had no other problems with him and theyve lived next door to each other for 9 yrs. single incident, one threat. not harrassment. consider s.4 POA but IP does not want to go any further with it. reclasify to no crime (harassment) and log as ASB incident. PS 1187""",
    spans=[
        ("THREAT_VIOLENCE", "turn it down or ill knock you out"),
        ("FEAR_OF_VIOLENCE", "she was scared at the time"),
    ],
)

case(
    4, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="clean", batch="vg",
    pattern="cps_summary_colleague_racist_whatsapps_banter_defence", relationship="colleague", occasions=6,
    text="""\
MG5 CASE SUMMARY - R v Darren Pilkington

Offence: racially aggravated harassment, s.32(1)(a) Crime and Disorder Act 1998.

The complainant, Mr Tendai Moyo, is a warehouse operative at Brookside Logistics, Castleford. The defendant worked the same shift as a forklift driver.

Between 2 September and 14 October the defendant sent Mr Moyo six WhatsApp messages from his personal phone. The messages are exhibited (TM/1). They include 'no one wants you on this shift monkey', 'go back to whatever hut you came from' and, on 30 September, a picture of a banana with the caption 'lunch'. Mr Moyo reported the matter to his manager and then to police.

Mr Moyo describes feeling humiliated and says he dreads going in on a Monday, but he has carried on working his normal shifts and has not taken any time off.

In interview the defendant accepted sending the messages and said it was 'banter' that 'everyone does'. He said Mr Moyo never complained to him. No witness describes any banter from Mr Moyo in return.

The racial hostility is in the content of the messages themselves. The officer first recorded a single malicious communications offence; on review, harassment is the correct charge given the course of conduct over six weeks.""",
    spans=[
        ("REPETITION", "Between 2 September and 14 October"),
        ("STALK_CONTACT", "sent Mr Moyo six WhatsApp messages from his personal phone"),
        ("RACIAL_HOSTILITY", "no one wants you on this shift monkey"),
        ("RACIAL_HOSTILITY", "go back to whatever hut you came from"),
        ("RACIAL_HOSTILITY", "a picture of a banana with the caption 'lunch'"),
        ("DISTRESS", "feeling humiliated and says he dreads going in on a Monday"),
        ("REPETITION", "over six weeks"),
    ],
)

case(
    5, "harassment_fear_of_violence", "CF",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="vg",
    pattern="file_check_overturns_civil_refund_closure_repeated_threats", relationship="customer", occasions=3,
    text="""\
FILE QUALITY CHECK – 26/51190
Checked by: DS Harker
OIC note on closure says 'civil dispute re refund, no police matter'. Not accepted.
IP runs a used car pitch (Parkside Motors). SUSP bought a Corsa off him in Jan, gearbox went, wants his £2,400 back. A refund dispute on its own is civil, agreed. But:
- 11/02 SUSP rang IP: 'give me my money or I'll put you through your own windscreen'
- 16/02 SUSP turned up at pitch, shouted same at him, kicked a cone over
- 20/02 VM: 'you've got till Friday, then I'm coming for you'
IP in his ACR says he is frightened SUSP will attack him at the pitch, keeps looking out for his car. Three occasions, threats on all of them, IP fears violence. That is s.4 PHA, not civil. It's about money, yes, but threats aren't a lawful way of getting it back.
Action: OIC to reopen, record as harassment (fear of violence), get VM downloaded, arrange interview. Crime reclassified.""",
    spans=[
        ("THREAT_VIOLENCE", "give me my money or I'll put you through your own windscreen"),
        ("REPETITION", "16/02"),
        ("STALK_TURN_UP", "SUSP turned up at pitch"),
        ("THREAT_VIOLENCE", "shouted same at him"),
        ("REPETITION", "20/02"),
        ("THREAT_VIOLENCE", "you've got till Friday, then I'm coming for you"),
        ("FEAR_OF_VIOLENCE", "he is frightened SUSP will attack him at the pitch"),
    ],
)

case(
    6, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="upper", noise="abbrev", batch="vg",
    pattern="customer_fixated_on_pharmacy_assistant_hijab_notes_waits_outside", relationship="customer", occasions=7,
    text="""\
SUPERVISOR REVIEW 0915 21/11. INITIAL CLASSIFICATION: RELIGIOUSLY AGG HARASSMENT. AMENDED TO RELIGIOUSLY AGG STALKING. IP IS COUNTER ASSISTANT AT BOOTHS PHARMACY, MARKET ST. SUSP (KNOWN AS 'GARY', REGULAR FOR PRESCRIPTIONS) HAS COME IN 5 TIMES SINCE 28/10 WHEN HE HAS NOTHING TO COLLECT, ASKS FOR IP BY NAME AND WAITS IN THE QUEUE FOR HER TILL EVEN WHEN OTHER TILLS ARE FREE. HAS LEFT TWO HANDWRITTEN NOTES FOR HER WITH STAFF - 'TAKE THAT RAG OFF YOUR HEAD AND ID TAKE YOU OUT' AND 'YOUR GOD WONT MIND'. ALSO SEEN BY MANAGER SITTING IN HIS CAR OPPOSITE AT CLOSING TIME ON 2 NIGHTS. THIS IS ABOUT HER, NOT ANY ISSUE OVER MEDICATION - FIXATED, WONT TAKE THE HINT, SEVERAL DIFFERENT ACTS. RELIGIOUS HOSTILITY IN THE NOTES RE HER HIJAB AND FAITH. IP SAYS SHE IS 'MORE FED UP THAN FRIGHTENED', STILL WORKING USUAL HOURS, NOTHING THREATENING IN ANY OF IT. NOT S4A. BANNING LETTER FROM STORE TO BE SERVED ALONGSIDE PIN. PS 771""",
    spans=[
        ("STALK_TURN_UP", "HAS COME IN 5 TIMES SINCE 28/10 WHEN HE HAS NOTHING TO COLLECT"),
        ("FIXATION", "ASKS FOR IP BY NAME AND WAITS IN THE QUEUE FOR HER TILL"),
        ("STALK_CONTACT", "HAS LEFT TWO HANDWRITTEN NOTES FOR HER WITH STAFF"),
        ("RELIGIOUS_HOSTILITY", "TAKE THAT RAG OFF YOUR HEAD AND ID TAKE YOU OUT"),
        ("RELIGIOUS_HOSTILITY", "YOUR GOD WONT MIND"),
        ("STALK_WATCH", "SITTING IN HIS CAR OPPOSITE AT CLOSING TIME"),
        ("REPETITION", "ON 2 NIGHTS"),
    ],
)

case(
    7, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="crime_summary", case="mixed", noise="redacted", batch="vg",
    pattern="cps_charging_summary_ex_partner_racist_messages_two_face_threats", relationship="ex_partner", occasions=7,
    text="""\
CASE SUMMARY FOR CPS (charging advice)
Suspect: [NAME 1], 34. Victim: [NAME 2], 29. Former partners, together approx 3 yrs, separated 02/08/2026, no children, no shared property.

Classification history: recorded as DA harassment by the attending officer; amended by the DA review team to racially aggravated stalking, fear of violence. I set out the facts in full because the OIC's MG3 request only deals with the messages.

1. Since the separation the suspect has sent the victim in excess of 200 messages via WhatsApp and Instagram. The early ones beg her to come back ('we can fix this', 'I'll change'). From about 20/08 they change tone. The victim is of Pakistani heritage; the suspect is white British. Messages exhibited at [REF] include 'you were nothing before me you p*** sl*g' and 'go back to your own kind, your family always hated me anyway'.
2. On 27/08 the victim's neighbour saw him sitting in his car outside her flat at XXXX Road between 2200 and 0100.
3. On 04/09 he sent: 'if I can't have you no one will, I'll cut your face so no one looks at you'.
4. On 11/09 he turned up at her workplace and said to her at the staff entrance 'I meant what I said, watch your face'. Witnessed by a colleague, [NAME 3].
5. On 15/09 he created a Facebook page under her name with photographs of her.

The victim states that after the message of 04/09 she 'honestly thought he was going to do it', and since 11/09 she is terrified he will attack her on the way home from work.

For the lawyer: the threats are on two separate dates and the second refers back to the first; the victim's fear of violence is clear after each. The racial hostility is in the suspect's own words. I would ask that s.4A(1)(b)(i) and the s.32 aggravation are both considered, not s.2 on its own.
DC [NAME 4], DA Investigations""",
    spans=[
        ("STALK_CONTACT", "sent the victim in excess of 200 messages via WhatsApp and Instagram"),
        ("FIXATION", "we can fix this"),
        ("ESCALATION", "From about 20/08 they change tone"),
        ("RACIAL_HOSTILITY", "you were nothing before me you p*** sl*g"),
        ("RACIAL_HOSTILITY", "go back to your own kind"),
        ("STALK_WATCH", "sitting in his car outside her flat"),
        ("THREAT_VIOLENCE", "if I can't have you no one will, I'll cut your face so no one looks at you"),
        ("STALK_TURN_UP", "he turned up at her workplace"),
        ("THREAT_VIOLENCE", "I meant what I said, watch your face"),
        ("STALK_PUBLISH", "created a Facebook page under her name with photographs of her"),
        ("FEAR_OF_VIOLENCE", "honestly thought he was going to do it"),
        ("FEAR_OF_VIOLENCE", "she is terrified he will attack her on the way home from work"),
    ],
)

case(
    8, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="vg",
    pattern="registrar_kelly_three_voicemails_in_twelve_minutes_grass", relationship="acquaintance", occasions=3,
    text="""\
Force Crime Registrar decision – 26/30417
Closed by attending officer as 'single incident'. Overturned. 08/07 between 2241 and 2253 SUSP (IP's old drinking pal) left 3 voicemails on IP's mobile calling him a 'grass' over a statement IP gave. No threats. Three separate calls = three occasions even within 12 minutes (Kelly). Contact only, not an ex – harassment s.2. FCR""",
    spans=[
        ("REPETITION", "between 2241 and 2253"),
        ("STALK_CONTACT", "left 3 voicemails on IP's mobile"),
        ("REPETITION", "within 12 minutes"),
    ],
)

case(
    9, "stalking", "CS",
    voice="supervisor_review", case="inconsistent", noise="typos", batch="vg",
    pattern="sgt_reclassifies_ex_boyfriend_begging_texts_from_harassment_to_stalking", relationship="ex_partner", occasions=60,
    text="""\
Sgt's review — Reclassification from HARASSMENT to STALKING.
PC Dunmore put it on as harrasment, 'its only messages'. Wrong way round. Suspect is IP's ex boyfriend (split 3 weeks ago, HER decision). Since then he has sent approx 60 texts and left voice notes, nearly all begging — 'please just talk to me', 'i cant sleep without you', 'one coffee thats all i'm asking'. She has told him in writing twice that its over and to stop. He Hasn't. NO threats, no abuse, and IP says she's not scared of him, just worn down and wants it to stop. Nothing about money/house/kids — they didnt live together and share nothing. Ex-partner, about the relationship itself = STALKING. not s4A. PS 3306 Marsh.""",
    spans=[
        ("STALK_CONTACT", "sent approx 60 texts and left voice notes"),
        ("FIXATION", "please just talk to me"),
        ("FIXATION", "i cant sleep without you"),
        ("FIXATION", "one coffee thats all i'm asking"),
        ("UNWANTED", "She has told him in writing twice that its over and to stop"),
        ("DISTRESS", "just worn down and wants it to stop"),
    ],
)

case(
    10, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="typos", batch="vg",
    pattern="updates_neighbour_afghan_abuse_two_threats_unlinked_cad", relationship="neighbour", occasions=2,
    text="""\
12/03 1520 PC 6673: Spoke to IP Mr Hamid Rasuli at home addr. States neighbour at no.14 (Terry Gault) shouted at him over the fence this morning 'Taliban b*stard, I'll burn your house down with you in it'. IP visibly shaken. Not the first time - see below.
12/03 1610 PC 6673: Previous CAD 0447 from 28/02 - same susp, IP reported him banging on the window shouting 'f*** off back to Afghanistan or I'll do you'. Closed at the time as words only, no offence. Should of been linked.
13/03 0900 PS 221 review: Two threats 2 weeks apart by the same neighbour, both with abuse about IP's nationality. IP tells me he is scared to go in his back garden in case Gault comes at him. Recorded initialy as s.4A POA racially aggravated - amending to racially aggravated harassment fear of violence, s.4 PHA / s.32 CDA. Arrest plan to be drafted.
13/03 1430 PC 6673: Susp arrested at home addr, no comment interview, bailed with conds not to contact IP.""",
    spans=[
        ("RACIAL_HOSTILITY", "Taliban b*stard"),
        ("THREAT_VIOLENCE", "I'll burn your house down with you in it"),
        ("DISTRESS", "IP visibly shaken"),
        ("RACIAL_HOSTILITY", "f*** off back to Afghanistan"),
        ("THREAT_VIOLENCE", "or I'll do you"),
        ("REPETITION", "2 weeks apart"),
        ("FEAR_OF_VIOLENCE", "he is scared to go in his back garden in case Gault comes at him"),
    ],
)

case(
    11, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="vg",
    pattern="registrar_no_crime_debt_letters_and_enforcement_visit", relationship="business", occasions=5,
    text="""\
Result: No crime. Reviewed by registrar. Caller reported 'harassment' by Lowndes Credit Recovery: four letters over two months and one doorstep visit by an enforcement agent over a council tax liability order. All contact was to collect a lawful debt, the letters are standard form, the agent left when asked. Caller upset by the visit. Advised re Citizens Advice. No further police action.""",
    spans=[
        ("DISTRESS", "Caller upset by the visit"),
    ],
)

case(
    12, "stalking_fear_alarm_distress", "CSF",
    voice="supervisor_review", case="mixed", noise="heavy", batch="vg",
    pattern="di_keeps_s4a_online_stranger_new_accounts_two_threats_no_routine_change", relationship="online", occasions=6,
    text="""\
DI review of crime classification 26/70112 (raised by OIC who thinks it shd come off as 'online nuisance / comms' as SUSP has never met IP).

Disagree. IP (19, student) posts gym vids on tiktok. SUSP acc '@northern.lad.88' started commenting early Oct, then DMs daily. IP blocked him 17/10. 3 new accts since, all obvs him (same pic, same phrases - 'u know ur mine', 'stop hiding from me'). He has worked out which gym she uses from the backgrounds and on 01/11 posted 'see u at puregym tmrw x' under her vid.

Threats: 05/11 'if u block me again ill find u and make u sorry'. 09/11 after she blocked acc no.3: 'told u. ur gonna get hurt'. IP says she is properly scared hell turn up and hurt her. She's anxious, not sleepin well, crying on phone to her mum - but still going to uni + gym as normal so I wouldnt put D in, its the F that makes it s4A.

Never meeting in person is irrelevent. Fixated, wont accept being blocked, 2 threats on seperate days, fear of violence = stalking (fear of violence) s4A. Stays as is. Tasking: SPOC app for acct data.""",
    spans=[
        ("STALK_CONTACT", "then DMs daily"),
        ("UNWANTED", "IP blocked him 17/10"),
        ("STALK_CONTACT", "3 new accts since, all obvs him"),
        ("FIXATION", "u know ur mine"),
        ("FIXATION", "stop hiding from me"),
        ("STALK_MONITOR", "worked out which gym she uses from the backgrounds"),
        ("STALK_PUBLISH", "posted 'see u at puregym tmrw x' under her vid"),
        ("THREAT_VIOLENCE", "if u block me again ill find u and make u sorry"),
        ("THREAT_VIOLENCE", "told u. ur gonna get hurt"),
        ("FEAR_OF_VIOLENCE", "she is properly scared hell turn up and hurt her"),
        ("DISTRESS", "anxious, not sleepin well, crying on phone to her mum"),
    ],
)

case(
    13, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="vg",
    pattern="cmu_reclass_neighbour_orders_in_name_false_complaints_antisemitic_post", relationship="neighbour", occasions=7,
    text="""\
Reclassification note (CMU). Originally recorded: malicious communications x1. Now: religiously aggravated stalking (s.2A PHA / s.32 CDA).
Victim: [NAME], 61, Flat 3, XXXX Court. Suspect: [NAME], Flat 5, same block.
Over six weeks from 20 Aug the following, all now put to the suspect through CCTV and account data:
- three takeaway orders and a skip hire delivered to the victim's flat, placed in her name, unpaid;
- two complaints to the housing association alleging she was running a business from the flat (unfounded, HA confirm);
- a post on the residents' Facebook group with a photo of her front door and the words 'the Jew in 3 is at it again, money money money';
- a note through her letterbox with a drawn swastika on it.
The victim is Jewish and attends the synagogue on Egerton Road. She says 'it's nasty but I'm not going to let him push me around'; no change to her routine, no threats.
Reason for change: the original crime covered the note only. Taken together there is a course of conduct made up of several different kinds of act aimed at her personally (orders in her name, false complaints, publishing her door), and hostility to her religion is explicit in the post and the note. Stalking, religiously aggravated. Not s.4A.""",
    spans=[
        ("REPETITION", "Over six weeks from 20 Aug"),
        ("STALK_ORDERS", "three takeaway orders and a skip hire delivered to the victim's flat, placed in her name"),
        ("STALK_ORDERS", "two complaints to the housing association alleging she was running a business from the flat"),
        ("STALK_PUBLISH", "a post on the residents' Facebook group with a photo of her front door"),
        ("RELIGIOUS_HOSTILITY", "the Jew in 3 is at it again, money money money"),
        ("STALK_CONTACT", "a note through her letterbox"),
        ("RELIGIOUS_HOSTILITY", "a drawn swastika"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="updates", case="lower", noise="abbrev", batch="vg",
    pattern="oic_wrongly_asks_for_stalking_disciplined_worker_phone_threats", relationship="colleague", occasions=3,
    text="""\
oic update / request for reclass. i think this shd be stalking not harassment. ip (shift lead at the amazon depot) disciplined susp in aug for lateness. since then susp has rung ip 3 times on his personal mob (got the number off the rota sheet). 02/09 - 'you've cost me my bonus, watch yourself in the car park'. 10/09 - 'i know what car you drive, i'll smash your head in'. 15/09 - silent call then 'soon'. ip now frightened susp will jump him after a late shift. thats a stalker surely. pc 4512

sgt: no. all about the disciplinary, no fixation on ip. threats on 2 occasions + fear = harassment s4. 3218""",
    spans=[
        ("STALK_CONTACT", "susp has rung ip 3 times on his personal mob"),
        ("THREAT_VIOLENCE", "watch yourself in the car park"),
        ("REPETITION", "10/09"),
        ("THREAT_VIOLENCE", "i'll smash your head in"),
        ("REPETITION", "15/09"),
        ("STALK_CONTACT", "silent call then 'soon'"),
        ("FEAR_OF_VIOLENCE", "ip now frightened susp will jump him after a late shift"),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="typos", batch="vg",
    pattern="landlord_lawful_arrears_letters_excluded_racist_texts_to_polish_tenant", relationship="landlord", occasions=4,
    text="""\
Supervisor review – inc 26/44871
FCIR recorded this as landlord and tenant, civil, no crime. Partly right: the rent arrears letters and the section 21 notice are lawful and I have not counted them. What isnt lawful is the rest. Landlord Mr Royce Bellamy has texted the tenant Ms Agnieszka Wrobel on 4 occassions in March (3rd, 9th, 17th, 22nd), none of them about rent: 'you polish are all scroungers', 'go back to Gdansk and take your brats', 'dirty eastern european pikey' and 'this country was fine before your lot'. Tenant says she cries after every one and feels sick when her phone goes. She is still at the flat and going to work as normal.
Course of conduct (4 texts, 3 weeks), racist abuse about her nationality in each, seperate from the lawful letters. Racially aggravated harassment s.2/s.32. No threats. Crime recorded.""",
    spans=[
        ("STALK_CONTACT", "texted the tenant Ms Agnieszka Wrobel on 4 occassions in March"),
        ("REPETITION", "(3rd, 9th, 17th, 22nd)"),
        ("RACIAL_HOSTILITY", "you polish are all scroungers"),
        ("RACIAL_HOSTILITY", "go back to Gdansk and take your brats"),
        ("RACIAL_HOSTILITY", "dirty eastern european pikey"),
        ("RACIAL_HOSTILITY", "this country was fine before your lot"),
        ("DISTRESS", "she cries after every one and feels sick when her phone goes"),
    ],
)

case(
    16, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="vg",
    pattern="ds_adds_stalking_to_restraining_order_breaches_ex_at_gate", relationship="ex_partner", occasions=2,
    text="""\
26/09 1105 DC Lyle: RO (Chesterfield MC) bars SUSP from IP's address on Mill Lane. IP saw SUSP standing at her front gate on 19/09 approx 1930 and again 23/09 approx 0740. Said nothing, walked off. Recorded as breach of RO x2.
26/09 1500 DS Nair (RV): Breaches yes, but also the substantive. Ex-partner turning up at her home on 2 occasions 4 days apart, no kids or property between them. Stalking s.2A. No threats, IP 'angry not scared', nothing changed. Add crime + link.
27/09 0815 DC Lyle: Done, SUSP on PNC.""",
    spans=[
        ("STALK_LOITER", "standing at her front gate"),
        ("REPETITION", "on 19/09 approx 1930 and again 23/09 approx 0740"),
        ("STALK_TURN_UP", "turning up at her home"),
        ("REPETITION", "on 2 occasions 4 days apart"),
    ],
)

case(
    17, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="clean", batch="vg",
    pattern="hate_scrutiny_panel_asb_closure_binoculars_following_bananas_family_moves", relationship="neighbour", occasions=8,
    text="""\
Case summary prepared for file review (Hate Crime Scrutiny Panel sample, Q3)

The panel selected this file because it was closed as 'neighbour dispute – ASB' and later reopened. What the file shows:

Mrs Folasade Adeyemi moved into 22 Cranford Walk with her two teenage children in January. The suspect, Mr Barry Lomax, lives opposite at no. 19. From February onwards he was seen, and caught on her doorbell camera, standing at his window with binoculars pointed at her house, sometimes for an hour at a time. On at least four occasions he followed her on foot to the bus stop on Tollgate Road, keeping about ten metres behind. When she turned round on 9 March he said 'keep walking, jungle bunny'. He has left bananas on her doorstep (14 March and 2 April). On 20 April he shouted across the street that 'you people' had 'ruined the close' and she should 'go back to the bush'.

He has never threatened her, and she does not say she fears violence from him. She describes feeling 'hunted'. In May she applied for a housing transfer and moved out with the children to temporary accommodation in Dudley. The children have changed schools.

The ASB closure treated each event on its own and as a dispute over parking, which is mentioned once in the first call and never again. There is no dispute anywhere on the file. The suspect is watching, following and leaving things for one particular woman, with open racial hostility, and it has driven her from her home.

Panel finding: should have been recorded from the outset as racially aggravated stalking involving serious alarm or distress. Learning point for the ASB team on linking incidents.""",
    spans=[
        ("STALK_WATCH", "standing at his window with binoculars pointed at her house"),
        ("REPETITION", "sometimes for an hour at a time"),
        ("REPETITION", "On at least four occasions"),
        ("STALK_FOLLOW", "followed her on foot to the bus stop on Tollgate Road"),
        ("RACIAL_HOSTILITY", "keep walking, jungle bunny"),
        ("RACIAL_HOSTILITY", "left bananas on her doorstep"),
        ("REPETITION", "(14 March and 2 April)"),
        ("RACIAL_HOSTILITY", "'you people' had 'ruined the close'"),
        ("RACIAL_HOSTILITY", "go back to the bush"),
        ("DISTRESS", "feeling 'hunted'"),
        ("SERIOUS_IMPACT", "applied for a housing transfer and moved out with the children to temporary accommodation in Dudley"),
        ("SERIOUS_IMPACT", "The children have changed schools"),
    ],
)

case(
    18, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="heavy", batch="vg",
    pattern="ps_reopens_nfa_ex_uses_sister_and_mates_to_contact_victim", relationship="ex_partner", occasions=5,
    text="""\
RV by PS Ogden 14/8. OIC has NFA'd on grounds that 'susp hasnt contacted IP himself, its his mates'. Thats not how it works. IP split w/ SUSP (Dale) in june, since then: his sister msgd IP on FB 3x askin her to 'give him another chance hes a mess without u'; his mate Kyle turned up at IP's work 22/7 w/ a card + teddy from Dale; another mate rang her 2/8 sayin 'Dale just wants 5 mins'. IP has had Dale blocked since june. Dale admits to OIC he 'asked them to have a word'. Others at his request = his conduct (s7(3A)). Ex, about the relationship = stalking s2A. No threats, no change to routine. Reopen.""",
    spans=[
        ("STALK_CONTACT", "his sister msgd IP on FB 3x"),
        ("FIXATION", "give him another chance hes a mess without u"),
        ("STALK_TURN_UP", "his mate Kyle turned up at IP's work 22/7"),
        ("STALK_GIFTS", "w/ a card + teddy from Dale"),
        ("STALK_CONTACT", "another mate rang her 2/8"),
        ("FIXATION", "Dale just wants 5 mins"),
        ("UNWANTED", "IP has had Dale blocked since june"),
    ],
)

case(
    19, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="vg",
    pattern="registrar_refuses_stalking_two_incidents_five_months_apart_reconciled", relationship="ex_partner", occasions=2,
    text="""\
Registrar review 26/12055 – requested by DA unit, who want it kept as stalking.
Two incidents. (1) 03/01: SUSP rang IP and called her a 'slag' and 'waste of space' after she ended it, one call. (2) 19/06: SUSP turned up drunk at IP's door after a night out, shouted, left when asked. In between they got back together (Feb) and lived together till end of May, happily by IP's account.
DA unit say two occasions by an ex = stalking. Not connected: five months apart with a reconciliation and cohabitation between. Two single incidents, no course of conduct.
Decision: no crime (harassment/stalking). WoA given in June. DASH standard. FCR""",
    spans=[
        ("STALK_CONTACT", "SUSP rang IP and called her a 'slag' and 'waste of space'"),
        ("STALK_TURN_UP", "SUSP turned up drunk at IP's door after a night out"),
    ],
)

case(
    20, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="mixed", noise="clean", batch="vg",
    pattern="cps_mg5_five_a_side_grass_knife_threats_victim_changes_routine", relationship="acquaintance", occasions=4,
    text="""\
Summary for CPS – MG5
R v Owen Tapley. Charge: harassment putting people in fear of violence, s.4 PHA 1997.

The complainant, Simon Brake, and the defendant knew each other through a five-a-side league. In April the defendant accused Mr Brake of reporting him to the league for violent conduct, which led to his ban.

On 6 May the defendant messaged him on Facebook: 'you grassed, next time I see you you're getting stabbed'. On 13 May he shouted at Mr Brake across the sports centre car park that he would 'get him on his own'. On 21 May he sent a further message: 'I meant it about the knife.' On 28 May he posted in the league's group chat that Mr Brake was a grass.

Mr Brake says he believed each threat and was afraid that the defendant would stab him. He has stopped playing in the league, leaves work by a rear door and now goes to a different gym across town.

The first classification was malicious communications (the first message only). The reviewing sergeant amended it to s.4 harassment on the basis of three threats on separate dates and the complainant's fear of violence. The changes to Mr Brake's routine are set out because they go to seriousness; they do not alter the charge.""",
    spans=[
        ("THREAT_VIOLENCE", "you grassed, next time I see you you're getting stabbed"),
        ("THREAT_VIOLENCE", "would 'get him on his own'"),
        ("THREAT_VIOLENCE", "I meant it about the knife."),
        ("STALK_PUBLISH", "posted in the league's group chat that Mr Brake was a grass"),
        ("FEAR_OF_VIOLENCE", "was afraid that the defendant would stab him"),
        ("SERIOUS_IMPACT", "He has stopped playing in the league"),
        ("SERIOUS_IMPACT", "leaves work by a rear door"),
        ("SERIOUS_IMPACT", "now goes to a different gym across town"),
    ],
)

case(
    21, "aggravated_harassment_fear_of_violence", "CFR",
    voice="result_note", case="upper", noise="typos", batch="vg",
    pattern="result_charged_three_shop_visits_sikh_owner_arson_threats", relationship="customer", occasions=3,
    text="""\
RESULT - CHARGED. REVIEW NOTE: THIS WAS INITIALY PUT ON AS 3 SEPERATE PUBLIC ORDER OFFENCES. SUSP IS A CUSTOMER OF SINGH'S CONVENIENCE STORE, HIGH ST. ON 02/04, 09/04 AND 11/04 HE CAME IN AND SHOUTED AT THE OWNER MR JASVIR SINGH - 'TOWEL HEAD', 'I'LL SET FIRE TO THIS SHOP WITH YOU IN IT' (02/04), 'YOUR DEAD, YOU PAKI' (09/04, NB IP IS SIKH NOT PAKISTANI, STILL RACIAL HOSTILITY), AND ON 11/04 THREW A CAN AT THE COUNTER AND SAID HE WOULD BE BACK WITH PETROL. IP SAYS HE HAS BEEN TERRIFIED EVERY TIME THE DOOR GOES SINCE. LINKED AND CHARGED AS ONE COURSE OF CONDUCT, RACIALLY AGG S4 PHA. SGT 0582""",
    spans=[
        ("REPETITION", "ON 02/04, 09/04 AND 11/04"),
        ("STALK_TURN_UP", "HE CAME IN AND SHOUTED AT THE OWNER"),
        ("RACIAL_HOSTILITY", "TOWEL HEAD"),
        ("THREAT_VIOLENCE", "I'LL SET FIRE TO THIS SHOP WITH YOU IN IT"),
        ("THREAT_VIOLENCE", "YOUR DEAD"),
        ("RACIAL_HOSTILITY", "YOU PAKI"),
        ("ESCALATION", "THREW A CAN AT THE COUNTER"),
        ("THREAT_VIOLENCE", "SAID HE WOULD BE BACK WITH PETROL"),
        ("FEAR_OF_VIOLENCE", "HE HAS BEEN TERRIFIED EVERY TIME THE DOOR GOES SINCE"),
    ],
)

case(
    22, "harassment", "CD",
    voice="supervisor_review", case="mixed", noise="clean", batch="vg",
    pattern="supervisor_refuses_s32_for_homophobic_abuse_couple_use_back_lane", relationship="neighbour", occasions=3,
    text="""\
Hate crime review – supervisor
OIC has flagged this as 'aggravated harassment (hate)' and asked for it to go on the racially/religiously aggravated list. It can't. The abuse is homophobic: SUSP (neighbour, no. 41) has three times shouted 'dirty queers' and 'batty boys' at the IP and his husband as they came home (29/6, 5/7 and 18/7), once banging on their car roof as he did it. Nothing about race or religion. Homophobic hostility gets the hate flag, not s.32.
What we do have: a clear course of conduct, and the IP and his husband have now stopped using the front door and come and go through the back lane, and have fitted a camera at the front. No threats.
Classification: harassment s.2, hate flag (sexual orientation). Not aggravated.""",
    spans=[
        ("REPETITION", "three times"),
        ("STALK_CONTACT", "shouted 'dirty queers' and 'batty boys' at the IP and his husband"),
        ("REPETITION", "(29/6, 5/7 and 18/7)"),
        ("ESCALATION", "once banging on their car roof"),
        ("SERIOUS_IMPACT", "stopped using the front door and come and go through the back lane"),
        ("SERIOUS_IMPACT", "have fitted a camera at the front"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSFD",
    voice="crime_summary", case="mixed", noise="redacted", batch="vg",
    pattern="pre_charge_review_ex_airtag_box_threats_victim_in_refuge", relationship="ex_partner", occasions=9,
    text="""\
FILE REVIEW (pre-charge) – DA stalking – OIC DC XXXX
Reviewer: DS [NAME]
I've been asked whether the OIC is right to put this forward as s.2A only (the MG3 says 'no direct threats'). Having read the downloads and V's ABE transcript I think s.4A is made out on both limbs and the MG3 should be resubmitted.

Background: V and S together 6 yrs, separated 11/03 when V left the home at [ADDRESS 1] after S smashed her phone. One child (7); contact is being arranged through solicitors and I have left out everything on the file that is about child arrangements, which is lawful.

What is left:
- 14/03 to 30/04: 140+ texts, many at night, asking where she is, who she's with, why she's 'ignoring' him.
- 22/03: S found at V's new address at [ADDRESS 2] – she had not given it to him. AirTag later found in the lining of her handbag (exhibit [REF]).
- 02/04 (voice note): 'you'll end up in a box if you carry on like this'.
- 16/04 (text): 'I'm not joking about the box, I'll put you in it myself'.
- 28/04: S waiting in his van outside V's workplace at 1700.

Fear: V says in ABE that after 02/04 'I knew he meant it, he's done it before' and after 16/04 she 'couldn't breathe'. She says she is frightened he will kill her. The OIC has summarised all this as 'V upset' – that undersells it badly.

Impact: V has moved a second time (now in refuge), given up her job at [EMPLOYER], and changed her number.

So: course of conduct, ex-partner, fixed on her whereabouts, tracker, threats on two occasions (the second repeats the first) with fear of violence, AND serious alarm/distress with a substantial adverse effect. s.4A, both limbs. DASH high, MARAC referral confirmed.""",
    spans=[
        ("REPETITION", "14/03 to 30/04"),
        ("STALK_CONTACT", "140+ texts, many at night"),
        ("STALK_MONITOR", "asking where she is, who she's with"),
        ("STALK_TURN_UP", "S found at V's new address"),
        ("STALK_MONITOR", "AirTag later found in the lining of her handbag"),
        ("THREAT_VIOLENCE", "you'll end up in a box if you carry on like this"),
        ("THREAT_VIOLENCE", "I'm not joking about the box, I'll put you in it myself"),
        ("STALK_WATCH", "S waiting in his van outside V's workplace at 1700"),
        ("FEAR_OF_VIOLENCE", "I knew he meant it, he's done it before"),
        ("FEAR_OF_VIOLENCE", "She says she is frightened he will kill her"),
        ("SERIOUS_IMPACT", "V has moved a second time (now in refuge)"),
        ("SERIOUS_IMPACT", "given up her job at [EMPLOYER]"),
        ("SERIOUS_IMPACT", "changed her number"),
    ],
)

case(
    24, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="lower", noise="typos", batch="vg",
    pattern="ps_downgrades_s4a_one_voicemail_threat_ex_racist_abuse_turns_up", relationship="ex_partner", occasions=5,
    text="""\
supervisor review. ip is ex gf of susp, split in feb after 8 months. oic has gone for s4A (fear) on the strength of one voicemail on 10/04 where susp says 'ill break your jaw'. thats one threat on one ocasion - not enough for fear of violence however nasty it is. ip also says she 'wasnt scared, hes a coward'. what we do have: susp has turned up at her mums where shes staying 3 times (01/04, 06/04, 18/04), sent her msgs calling her a 'n***** lover' and a 'coconut' because her new bf is black and she is mixed race herself, and he left a bunch of dead roses on her car. ip hasnt changed anything. ex partner + racial abuse aimed at her = racially agg stalking s2A. reclass from s4A. ps 2980""",
    spans=[
        ("THREAT_VIOLENCE", "ill break your jaw"),
        ("STALK_TURN_UP", "susp has turned up at her mums where shes staying"),
        ("REPETITION", "3 times (01/04, 06/04, 18/04)"),
        ("STALK_CONTACT", "sent her msgs"),
        ("RACIAL_HOSTILITY", "n***** lover"),
        ("RACIAL_HOSTILITY", "coconut"),
        ("STALK_GIFTS", "left a bunch of dead roses on her car"),
    ],
)

case(
    25, "no_offence", "R",
    voice="result_note", case="mixed", noise="abbrev", batch="vg",
    pattern="registrar_single_racist_slur_argos_queue_unknown_male", relationship="stranger", occasions=1,
    text="""\
Reg. review: 14/11, unknown male in Argos queue called IP a 'f***ing paki' and walked out. Not seen before or since. Single incident, not harassment. Recl. s.5 POA racially agg. NFA – no ID.""",
    spans=[
        ("RACIAL_HOSTILITY", "called IP a 'f***ing paki'"),
    ],
)

case(
    26, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="clean", batch="vg",
    pattern="review_changes_messages_harassment_to_stalking_wedding_guest_fixation", relationship="acquaintance", occasions=30,
    text="""\
Review of classification — harassment (messages) v stalking.
The OIC has recorded harassment, reasoning that the only conduct is messaging. I've considered it and I am changing it to stalking.
The suspect and the IP met once, at a friend's wedding in June, and have never been out together. Since July he has sent her around 30 messages on Instagram and by email. They are not abusive. They are long declarations: that they are 'meant to be', that he has 'never felt this about anyone', that he knows she feels the same 'even if you can't say it yet'. She replied on 3 August saying clearly that she was not interested and asked him to stop. The messages continued and from then on say things like 'I'll wait for you' and 'you'll realise'.
On its own, a lot of contact is harassment. Here there is plain fixation on her and a flat refusal to accept her answer, which is what makes it stalking. No threats, no changes to her life; she describes it as 'creepy'. s.2A.""",
    spans=[
        ("STALK_CONTACT", "he has sent her around 30 messages on Instagram and by email"),
        ("FIXATION", "meant to be"),
        ("FIXATION", "never felt this about anyone"),
        ("FIXATION", "even if you can't say it yet"),
        ("UNWANTED", "asked him to stop"),
        ("REPETITION", "The messages continued"),
        ("FIXATION", "I'll wait for you"),
        ("FIXATION", "you'll realise"),
        ("DISTRESS", "she describes it as 'creepy'"),
    ],
)

case(
    27, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="supervisor_review", case="inconsistent", noise="abbrev", batch="vg",
    pattern="cmu_rejects_workplace_bullying_label_sikh_worker_knife_threats_signed_off", relationship="colleague", occasions=4,
    text="""\
CMU Review — Reclassification Harassment (s.2) → Racially/Religiously Aggravated Harassment, Fear of Violence (s.4 / s.32).
OIC Reasoning (as recorded): 'workplace bullying, refer to HR'. NOT ACCEPTED.
IP (Mr Harpreet Dhillon) Works On The Hartwell Foods Packing Line. SUSP Is His Line Supervisor. Per IP's Statement + 2 Witnesses:
– 03/10 SUSP knocked IP's patka off, said 'take your tea towel off or I'll rip it off with your head'.
– 10/10 in locker room: 'next time I'll cut that beard off you with a Stanley knife'. W1 heard this.
– 17/10 and 24/10 SUSP called him 'Bin Laden' in front of the line.
IP says he Believed Both Threats, is afraid SUSP will use a blade on him, and has been SIGNED OFF SICK since 25/10.
bullying it may be, but it is also a course of conduct with two threats on separate days, fear of violence, and hostility to his religion/ethnicity throughout. s.4 + s.32 both made out. Sick leave noted - goes to seriousness, not label.
Reviewer: DS 1650""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "SUSP knocked IP's patka off"),
        ("THREAT_VIOLENCE", "take your tea towel off or I'll rip it off with your head"),
        ("THREAT_VIOLENCE", "next time I'll cut that beard off you with a Stanley knife"),
        ("REPETITION", "17/10 and 24/10"),
        ("RELIGIOUS_HOSTILITY", "called him 'Bin Laden' in front of the line"),
        ("FEAR_OF_VIOLENCE", "is afraid SUSP will use a blade on him"),
        ("SERIOUS_IMPACT", "has been SIGNED OFF SICK since 25/10"),
    ],
)

case(
    28, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="updates", case="mixed", noise="heavy", batch="vg",
    pattern="updates_online_account_fixated_on_muslim_influencer_beheading_threats", relationship="online", occasions=6,
    text="""\
Updates log – 26/88710 (online)
03/02 DC Pryce: IP (Ms Amina Farouk, runs modest-fashion acct w/ 40k followers) reports acct 'truth_seeker_1389' has been commenting on every post since xmas. ~15 DMs. IP blocked. Same user back as 'truthseeker.1389' within a day.
05/02 DC Pryce: DMs say 'ur religion is a cancer', 'muzzie wh*re', also a screenshot of her car reg w/ caption 'found u'. Hes worked out her gym + local mosque from her stories.
09/02 DC Pryce: NEW – DM 'u will be beheaded like u lot do to others'. IP v frightened.
12/02 DC Pryce: NEW – DM 'told u. 2 weeks'. IP says shes sure hes going to hurt her.
12/02 PS Grant RV: OIC had this as mal comms x2. Amending. Fixated on IP, monitoring her movements, repeat threats w/ fear, religious hostility all the way through = relig agg stalking s4A. Priority for SPOC.""",
    spans=[
        ("STALK_CONTACT", "has been commenting on every post since xmas"),
        ("STALK_CONTACT", "~15 DMs"),
        ("UNWANTED", "IP blocked"),
        ("REPETITION", "Same user back as 'truthseeker.1389' within a day"),
        ("RELIGIOUS_HOSTILITY", "ur religion is a cancer"),
        ("RELIGIOUS_HOSTILITY", "muzzie wh*re"),
        ("STALK_MONITOR", "a screenshot of her car reg w/ caption 'found u'"),
        ("STALK_MONITOR", "worked out her gym + local mosque from her stories"),
        ("THREAT_VIOLENCE", "u will be beheaded like u lot do to others"),
        ("FEAR_OF_VIOLENCE", "IP v frightened"),
        ("THREAT_VIOLENCE", "told u. 2 weeks"),
        ("FEAR_OF_VIOLENCE", "shes sure hes going to hurt her"),
    ],
)

case(
    29, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="typos", batch="vg",
    pattern="sgt_downgrades_s4_bins_dispute_threats_victim_not_afraid", relationship="neighbour", occasions=3,
    text="""\
Sgt review – downgrading s.4 to s.2.
Bins dispute, Fernleigh Ave - IP (no.10) leaves her wheelie bins on the shared path and SUSP (no.8) objects. Three times in Oct (4th, 12th, 19th) he has knocked on her door about it, twice saying 'move them or I'll move you' and 'you'll get a slap one of these days'. IP (retired prison officer) 'wasnt bothered in the slightest, hes 80 and all wind'. She's fed up with the knocking. s.4 needs actual fear and she says plainly she dosent have any. Course of conduct still there - harassment s.2.""",
    spans=[
        ("REPETITION", "Three times in Oct (4th, 12th, 19th)"),
        ("STALK_TURN_UP", "he has knocked on her door about it"),
        ("THREAT_VIOLENCE", "move them or I'll move you"),
        ("THREAT_VIOLENCE", "you'll get a slap one of these days"),
        ("DISTRESS", "She's fed up with the knocking"),
    ],
)

case(
    30, "harassment_fear_of_violence", "CF",
    voice="result_note", case="mixed", noise="abbrev", batch="vg",
    pattern="pcso_stalking_label_corrected_client_watches_builder_knee_threats", relationship="business", occasions=6,
    text="""\
Result note / reclass – 26/61432
Originally recorded by PCSO as stalking ('SUSP watching IP's building site and following his van'). Reviewed: reclassified to harassment (fear of violence).
IP is a builder; SUSP is the client on a kitchen extension IP walked off in July over unpaid invoices (£8k owed one way or the other depending who you ask – civil). Since then SUSP has sat in his car across from IP's current site on 3 days and followed his van once to the merchants, and has sent texts 'you'll finish my job or you'll need a new set of knees' (21/08) and 'remember what I said about your knees' (29/08). IP says he now believes SUSP will come at him with a bar or something.
Watching is about the job/money, not IP, so not stalking. Two threats + fear = s.4.""",
    spans=[
        ("STALK_WATCH", "sat in his car across from IP's current site on 3 days"),
        ("STALK_FOLLOW", "followed his van once to the merchants"),
        ("THREAT_VIOLENCE", "you'll finish my job or you'll need a new set of knees"),
        ("THREAT_VIOLENCE", "remember what I said about your knees"),
        ("FEAR_OF_VIOLENCE", "he now believes SUSP will come at him with a bar or something"),
    ],
)

case(
    31, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="clean", batch="vg",
    pattern="advocate_letter_challenges_mutual_dispute_closure_traveller_voice_notes", relationship="acquaintance", occasions=3,
    text="""\
To: Crime Management Unit
From: Connor Ward, caseworker, Traveller Advice Project
Re: your decision to close 26/19045 as 'no crime – mutual dispute'

I am writing on behalf of Mrs Bridget McDonagh to ask that the decision is reviewed. The closing note says that she and Mr Shane Pollitt 'have a history of falling out' and that the matter is mutual. With respect, that is not what her statement says, and nowhere in the file is there any account from Mr Pollitt of anything she said to him.

Mr Pollitt, who used to buy scrap from her late husband, has sent her three voice notes in the past month (she has kept them and I have listened to them): calling her a 'thieving gyppo', saying 'your lot should be gassed', and telling her 'p*key scum don't get to call the police'. She did not reply to any of them. She is shaken and has not been sleeping.

Irish Travellers are a recognised ethnic group. This is racially aggravated harassment and I would ask that it is recorded as such.

Yours sincerely,
C. Ward""",
    spans=[
        ("STALK_CONTACT", "has sent her three voice notes in the past month"),
        ("RACIAL_HOSTILITY", "thieving gyppo"),
        ("RACIAL_HOSTILITY", "your lot should be gassed"),
        ("RACIAL_HOSTILITY", "p*key scum don't get to call the police"),
        ("DISTRESS", "She is shaken and has not been sleeping"),
    ],
)

case(
    32, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="vg",
    pattern="ppu_reclass_family_dispute_brother_in_law_gps_tracker_victim_changes_number", relationship="family", occasions=5,
    text="""\
Reclassification note – DS Whitlow, PPU
Recorded as 'harassment – family dispute'. Changing to stalking (serious alarm/distress).
IP (Mrs Elaine Cotter) separated from her husband in Sept. SUSP is the husband's brother, Neil Cotter, not the husband. Over Oct-Nov: IP found a GPS tracker taped under her rear bumper (garage spotted it at MOT, 02/11); SUSP has turned up at her Zumba class twice and sat in the car park; and he has rung her from withheld numbers asking who she's 'seeing now'. Husband denies any involvement and nothing on file says otherwise at present.
SUSP has no stake in money or kids. Tracking her and turning up = fixation, several kinds of act.
IP has changed her mobile number, had a Ring camera fitted, and stopped going to Zumba altogether. No threats. Substantial adverse effect = s.4A(1)(b)(ii).""",
    spans=[
        ("STALK_MONITOR", "found a GPS tracker taped under her rear bumper"),
        ("STALK_TURN_UP", "turned up at her Zumba class"),
        ("REPETITION", "twice"),
        ("STALK_WATCH", "sat in the car park"),
        ("STALK_CONTACT", "rung her from withheld numbers"),
        ("STALK_MONITOR", "asking who she's 'seeing now'"),
        ("SERIOUS_IMPACT", "IP has changed her mobile number"),
        ("SERIOUS_IMPACT", "had a Ring camera fitted"),
        ("SERIOUS_IMPACT", "stopped going to Zumba altogether"),
    ],
)

case(
    33, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="vg",
    pattern="mo_field_stranger_waits_outside_nail_bar_follows_photographs_anti_chinese", relationship="stranger", occasions=4,
    text="""\
MO: OVER 3 WEEKS SUSP (WM 50S, LATER IDENTIFIED VIA CCTV) HAS WAITED OUTSIDE IP'S WORKPLACE (NAIL BAR, LORD ST) AT CLOSING ON 4 OCCASIONS, FOLLOWED HER TO THE TRAM STOP, TAKEN PHOTOS OF HER ON HIS PHONE AND MADE COMMENTS ABOUT HER BEING 'A CHINKY' AND 'SHOULD BE IN A CAGE WITH THE REST OF YOUR VIRUS LOT'. IP STATES SHE IS ANNOYED AND WANTS IT STOPPED BUT IS NOT SCARED. NO THREATS. NO CHANGE TO HER ROUTINE. REVIEW NOTE: INITIALLY CLASSED S.5 POA RACIALLY AGG - AMENDED TO RACIALLY AGG STALKING AS REPEATED AND AIMED AT IP PERSONALLY.""",
    spans=[
        ("REPETITION", "OVER 3 WEEKS"),
        ("STALK_LOITER", "WAITED OUTSIDE IP'S WORKPLACE (NAIL BAR, LORD ST) AT CLOSING"),
        ("REPETITION", "ON 4 OCCASIONS"),
        ("STALK_FOLLOW", "FOLLOWED HER TO THE TRAM STOP"),
        ("STALK_WATCH", "TAKEN PHOTOS OF HER ON HIS PHONE"),
        ("RACIAL_HOSTILITY", "A CHINKY"),
        ("RACIAL_HOSTILITY", "SHOULD BE IN A CAGE WITH THE REST OF YOUR VIRUS LOT"),
        ("DISTRESS", "SHE IS ANNOYED AND WANTS IT STOPPED"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="supervisor_review", case="mixed", noise="heavy", batch="vg",
    pattern="ps_rejects_single_comms_gaming_rival_racist_stab_threats_teen_driven_to_school", relationship="online", occasions=3,
    text="""\
RV – PS 0419 – 26/77301
OIC has 'comms offence x1'. Not right. IP (16, Nigerian heritage) plays Fortnite w/ a group incl SUSP (17, lives Bolton – IDd via Epic). After IP beat him in a tournament SUSP:
(1) 14/1 voice chat 'im gonna find u n stab u u f***in monkey' – clip saved by IP's mate
(2) 16/1 Discord DM 'i know ur school. ur dead blackie'
(3) 21/1 DM repeatin the school name + 'friday'.
IP told his mum he was scared to walk to school & shes been driving him since. Mum also says hes stopped playing online. IP says hes scared SUSP or his mates will stab him.
3 occasions, threats on at least 2, fear of violence from IP himself, racial abuse = racially agg s4 PHA. Online-only makes no diff.""",
    spans=[
        ("THREAT_VIOLENCE", "im gonna find u n stab u"),
        ("RACIAL_HOSTILITY", "u f***in monkey"),
        ("STALK_MONITOR", "i know ur school"),
        ("THREAT_VIOLENCE", "ur dead"),
        ("RACIAL_HOSTILITY", "blackie"),
        ("THREAT_VIOLENCE", "DM repeatin the school name + 'friday'"),
        ("FEAR_OF_VIOLENCE", "he was scared to walk to school"),
        ("SERIOUS_IMPACT", "shes been driving him since"),
        ("SERIOUS_IMPACT", "hes stopped playing online"),
        ("FEAR_OF_VIOLENCE", "IP says hes scared SUSP or his mates will stab him"),
    ],
)

case(
    35, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="redacted", batch="vg",
    pattern="review_removes_hate_flag_polish_manager_abusive_customer_emails", relationship="customer", occasions=7,
    text="""\
Review – hate flag removed.
OIC recorded racially aggravated harassment, note says 'IP is Polish national'. Not enough. Nothing in any of the emails ([REF 1] to [REF 5]) about her nationality, accent or origin.
Facts: IP [NAME 1] is customer service manager at [COMPANY]. SUSP [NAME 2] ordered a sofa that arrived damaged. Over 9 days he has sent five emails to her personal work address and rung her direct line twice, calling her 'useless', 'a liar' and 'a disgrace', and saying he'll 'keep on until someone sacks you'. She is stressed and dreading work. No threats of violence.
Course of conduct, contact only, no fixation – harassment s.2. Not aggravated: the only mention of nationality anywhere is in our own recording.""",
    spans=[
        ("REPETITION", "Over 9 days"),
        ("STALK_CONTACT", "sent five emails to her personal work address"),
        ("STALK_CONTACT", "rung her direct line twice"),
        ("DISTRESS", "She is stressed and dreading work"),
    ],
)

case(
    36, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="typos", batch="vg",
    pattern="updates_uncle_threatens_executor_over_will_probate_closure_overturned", relationship="family", occasions=2,
    text="""\
04/05 1030 PC Rahman: IP Mrs Lorraine Hext reports her uncle Dennis Hext is harrassing her over her late mothers will (IP is executor). Rang her 29/04: 'sell that house without my say and I'll break your neck'. Came to her door 02/05, shouting, said 'I mean it about your neck Lorraine'. Also said her son 'wants a good hiding' – IP not worried on that score, son is 6ft 4 and lives in Leeds.
04/05 1105 PC Rahman: IP says she is frightened of him, he has previous for violence (PNC – ABH 2011), she keeps thinking he'll come back and hurt her.
04/05 1400 PS Cole: OIC had put 'civil – probate dispute' as closing code. No. The will is civil; threatening to break the executors neck twice isnt. Two threats on diff dates, IP genuinly fears violence - harassment (fear of violence) s4. Not stalking - its all about the estate. Threat re son not counted, IP doesnt fear for herself from it.
05/05 0900 PC Rahman: SUSP arrested.""",
    spans=[
        ("THREAT_VIOLENCE", "sell that house without my say and I'll break your neck"),
        ("STALK_TURN_UP", "Came to her door 02/05, shouting"),
        ("THREAT_VIOLENCE", "I mean it about your neck Lorraine"),
        ("FEAR_OF_VIOLENCE", "she is frightened of him"),
        ("FEAR_OF_VIOLENCE", "she keeps thinking he'll come back and hurt her"),
    ],
)

case(
    37, "aggravated_harassment", "CDR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="vg",
    pattern="cmu_drops_s4_threat_to_son_racist_neighbour_family_avoid_front_garden", relationship="neighbour", occasions=4,
    text="""\
CMU review – s.32 aggravation query
Family: Mr & Mrs Sandhu, 3 children, Orchard Rd. SUSP is Jordan Pike, 19, lives 3 doors down.
- 07/06 shouted 'p*ki scum' at Mrs Sandhu while she was gardening
- 15/06 & 22/06 spat at the front window and shouted 'go home'
- 30/06 told Mrs Sandhu he'd 'batter' her eldest son 'next time I see him'
OIC put s.4 because of the threat. Mrs S is not afraid of Pike for herself – angry, worried for her son (22). One threat, at the son – not s.4.
The family have stopped using the front garden and the kids now go out the back way.
Course of conduct with racial abuse throughout = racially aggravated harassment s.2/s.32. Changed.""",
    spans=[
        ("RACIAL_HOSTILITY", "shouted 'p*ki scum' at Mrs Sandhu"),
        ("REPETITION", "15/06 & 22/06"),
        ("STALK_PROPERTY", "spat at the front window"),
        ("RACIAL_HOSTILITY", "shouted 'go home'"),
        ("SERIOUS_IMPACT", "The family have stopped using the front garden"),
        ("SERIOUS_IMPACT", "the kids now go out the back way"),
    ],
)

case(
    38, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="mixed", noise="clean", batch="vg",
    pattern="cps_trial_summary_running_club_fixation_racist_abuse_threats_victim_moves", relationship="acquaintance", occasions=10,
    text="""\
CPS CASE SUMMARY – R v Martin Greaves (for trial review; prepared by OIC DC Harland)

Charge: racially aggravated stalking involving fear of violence / serious alarm or distress (s.4A PHA 1997, s.32 CDA 1998).

Background. The complainant, Ms Chantelle Morgan (32), and the defendant (47) met through a running club in 2025. They were never in a relationship. In January 2026 he asked her out; she said no. The defence statement asserts that they had 'an understanding' and that what followed was a 'falling out between friends'. Nothing supports that: her messages to him are few, short and friendly until January, and after that consist of repeated requests that he leave her alone.

Conduct. From 20 January to 14 April:
(a) he ran her usual route along the canal at the times she ran it, on at least eight mornings, and on three of them he was waiting at the lock when she got there;
(b) he sent over 90 messages, moving from 'give me one chance' to abuse – 'you think you're too good for me, you black b*tch' and 'go back to the jungle you crawled out of';
(c) on 2 March he left a parcel on her doorstep containing a running vest and a note saying 'I'll always know where you are';
(d) on 18 March he sent 'keep ignoring me and see what happens to your pretty face';
(e) on 5 April, at the lock, he grabbed her arm and said 'I told you what would happen'.

Effect. Ms Morgan says that after 18 March she was 'properly scared he would hurt me' and after 5 April she believed he would attack her. She stopped running, left the running club, and in May moved to a flat in another part of the city.

Classification history. First recorded as harassment (messages); amended by the reviewing sergeant because the conduct shows fixation and a refusal to accept rejection, the threats are on separate occasions with real fear, and the abuse is racially hostile. The defence position does not alter those facts.""",
    spans=[
        ("UNWANTED", "repeated requests that he leave her alone"),
        ("STALK_FOLLOW", "he ran her usual route along the canal at the times she ran it"),
        ("REPETITION", "on at least eight mornings"),
        ("STALK_LOITER", "he was waiting at the lock when she got there"),
        ("STALK_CONTACT", "he sent over 90 messages"),
        ("FIXATION", "give me one chance"),
        ("RACIAL_HOSTILITY", "you black b*tch"),
        ("RACIAL_HOSTILITY", "go back to the jungle you crawled out of"),
        ("STALK_GIFTS", "left a parcel on her doorstep containing a running vest"),
        ("FIXATION", "I'll always know where you are"),
        ("THREAT_VIOLENCE", "keep ignoring me and see what happens to your pretty face"),
        ("ESCALATION", "he grabbed her arm"),
        ("THREAT_VIOLENCE", "I told you what would happen"),
        ("FEAR_OF_VIOLENCE", "properly scared he would hurt me"),
        ("FEAR_OF_VIOLENCE", "she believed he would attack her"),
        ("SERIOUS_IMPACT", "She stopped running, left the running club"),
        ("SERIOUS_IMPACT", "moved to a flat in another part of the city"),
    ],
)

case(
    39, "stalking", "CS",
    voice="supervisor_review", case="lower", noise="heavy", batch="vg",
    pattern="ps_overrules_nfa_ex_husband_facebook_posts_about_her_no_direct_contact", relationship="ex_partner", occasions=8,
    text="""\
review. oic wants to nfa as 'its just fb posts, no contact'. disagree. susp is ips ex h/band (divorced 2024, no kids, house sold). since aug he has: posted 6 times on his own fb about her - her new address area, her new job, pics of her at a bbq he must of got off a mutual frnd; joined her netball clubs fb page; and messaged her sister 'tell her i still love her'. ip says she feels watched, its horrible, but has carried on as normal. no threats. ex partner, nothing to do w/ money/house (sold + split 2024), obv about her = stalking s2A. pls record + consider cyber referal. ps 3390""",
    spans=[
        ("REPETITION", "since aug"),
        ("STALK_PUBLISH", "posted 6 times on his own fb about her"),
        ("STALK_PUBLISH", "pics of her at a bbq"),
        ("STALK_MONITOR", "joined her netball clubs fb page"),
        ("STALK_CONTACT", "messaged her sister"),
        ("FIXATION", "tell her i still love her"),
        ("DISTRESS", "she feels watched, its horrible"),
    ],
)

case(
    40, "aggravated_harassment_fear_of_violence", "CFR",
    voice="result_note", case="upper", noise="abbrev", batch="vg",
    pattern="short_reclass_two_stab_threats_immigrant_scum_taxi_rank", relationship="stranger", occasions=2,
    text="""\
REVIEWED. NOT S5 POA - 2 OCCASIONS (3/8, 10/8), SAME SUSP, 'I'LL STAB YOU, IMMIGRANT SCUM' BOTH TIMES AT IP'S TAXI RANK. IP FEARS HE WILL. RECL RACIALLY AGG S4 PHA.""",
    spans=[
        ("REPETITION", "2 OCCASIONS (3/8, 10/8)"),
        ("THREAT_VIOLENCE", "I'LL STAB YOU"),
        ("RACIAL_HOSTILITY", "IMMIGRANT SCUM"),
        ("REPETITION", "BOTH TIMES"),
        ("FEAR_OF_VIOLENCE", "IP FEARS HE WILL"),
    ],
)

case(
    41, "aggravated_harassment", "CR",
    voice="supervisor_review", case="inconsistent", noise="typos", batch="vg",
    pattern="supervisor_rejects_mutual_closure_market_trader_racist_shouting", relationship="business", occasions=5,
    text="""\
Supervisor's Review — 26/33920
OIC's closing note reads: 'both traders give as good as they get, mutual, NFA'. I have Spoken to the market manager and looked at the 3 phone clips and I DISAGREE.
IP runs the fruit stall; SUSP has the fish stall opposite. On 5 Saturdays running (Aug-Sept) SUSP has shouted across at IP, 'oi Gunga Din', 'curry muncher', and 'how many of you live in your house then'. The clips show IP not responding at all on any of them; Market Manager says the same. There's no evidence WHATSOEVER of IP giving anything back, so it is NOT mutual.
IP says he's embarassed in front of customers. hes not scared and still trades every saturday. no threats.
Racially aggravated harassment s2/s32. Please reopen and interview.""",
    spans=[
        ("REPETITION", "On 5 Saturdays running (Aug-Sept)"),
        ("STALK_CONTACT", "shouted across at IP"),
        ("RACIAL_HOSTILITY", "oi Gunga Din"),
        ("RACIAL_HOSTILITY", "curry muncher"),
        ("RACIAL_HOSTILITY", "how many of you live in your house then"),
        ("DISTRESS", "he's embarassed in front of customers"),
    ],
)

case(
    42, "stalking_fear_alarm_distress", "CSF",
    voice="supervisor_review", case="mixed", noise="clean", batch="vg",
    pattern="file_check_finds_missed_second_threat_ex_partner_upgrade_to_s4a", relationship="ex_partner", occasions=5,
    text="""\
File quality check – DA stalking, 26/40981
Recorded as s.2A stalking. Checker's view: should be s.4A (fear of violence); the OIC has missed a threat.
OIC's summary: ex-partner (split April) turning up at IP's work twice, 40-odd messages, one threat on 12/06 ('you'll regret leaving, I'll make sure of it – with my fists'). But page 4 of IP's statement has a second occasion: on 20/06 he rang her and said 'remember what I told you about my fists'. She says after that call she was sure he would hit her. She also says she was scared after the first message.
Two occasions, IP fears violence: s.4A. IP living as before, so no (b)(ii) limb.""",
    spans=[
        ("STALK_TURN_UP", "turning up at IP's work twice"),
        ("STALK_CONTACT", "40-odd messages"),
        ("THREAT_VIOLENCE", "you'll regret leaving, I'll make sure of it – with my fists"),
        ("THREAT_VIOLENCE", "remember what I told you about my fists"),
        ("FEAR_OF_VIOLENCE", "she was sure he would hit her"),
        ("FEAR_OF_VIOLENCE", "she was scared after the first message"),
    ],
)

case(
    43, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="typos", batch="vg",
    pattern="ds_reclass_online_troll_fixated_on_curate_parody_account_diocese_complaints", relationship="online", occasions=6,
    text="""\
Reveiw – DS Quarry. Origanally recorded 'malicious comms – online'. Amended to religiously aggravated stalking.
IP is a Church of England curate with a public X profile. SUSP (anon account, since IDd as a man in Swindon) has over 7 weeks: replied to every post she makes, set up a parody account in her name posting 'confessions', emailed the diocese twice complaining she is 'unfit' and 'a danger to children' (both complaints looked into & rejected), and DM'd her repeatedly 'christian hypocrite wh*re', 'your god is dead and so are your lot'. He has also posted a picture of the vicarage.
IP says she's 'not remotely frightened, just tired of it', no change to what she does.
Different acts, all targetted at her, hostility to her faith = relig agg stalking s2A.""",
    spans=[
        ("REPETITION", "over 7 weeks"),
        ("STALK_CONTACT", "replied to every post she makes"),
        ("STALK_PUBLISH", "set up a parody account in her name posting 'confessions'"),
        ("STALK_ORDERS", "emailed the diocese twice complaining she is 'unfit' and 'a danger to children'"),
        ("STALK_CONTACT", "DM'd her repeatedly"),
        ("RELIGIOUS_HOSTILITY", "christian hypocrite wh*re"),
        ("RELIGIOUS_HOSTILITY", "your god is dead and so are your lot"),
        ("STALK_PUBLISH", "posted a picture of the vicarage"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="supervisor_review", case="upper", noise="heavy", batch="vg",
    pattern="sgt_upgrades_colleague_follows_home_notes_racist_whatsapp_victim_transfers", relationship="colleague", occasions=6,
    text="""\
SGT RVW 1645 03/12. OIC HAS AS RACIALLY AGG HARASSMENT (S2). SHD BE RACIALLY/RELIG AGG STALKING S4A - SERIOUS ALARM/DISTRESS. SUSP = IP'S COLLEAGUE AT COUNCIL OFFICES. OVER 5 WKS HAS FOLLOWED IP HOME IN HIS CAR X3, LEFT NOTES ON HER WINDSCREEN ('WHY WONT U TALK 2 ME', 'I SEE U EVERY DAY'), AND POSTED ON STAFF WHATSAPP THAT SHE 'SMELLS OF CURRY' AND IS 'ANOTHER BURKA BANDIT'. IP HAS ASKED FOR + GOT A TRANSFER TO THE DEPOT SITE AND HER HUSBAND NOW DRIVES HER HOME. NO THREATS, NOT SAYING SHE FEARS VIOLENCE. FOLLOWING + NOTES = ABOUT HER NOT A WORK ISSUE. ACTN: DI TO RVW.""",
    spans=[
        ("REPETITION", "OVER 5 WKS"),
        ("STALK_FOLLOW", "FOLLOWED IP HOME IN HIS CAR X3"),
        ("STALK_CONTACT", "LEFT NOTES ON HER WINDSCREEN"),
        ("FIXATION", "WHY WONT U TALK 2 ME"),
        ("FIXATION", "I SEE U EVERY DAY"),
        ("STALK_PUBLISH", "POSTED ON STAFF WHATSAPP"),
        ("RACIAL_HOSTILITY", "SMELLS OF CURRY"),
        ("RELIGIOUS_HOSTILITY", "ANOTHER BURKA BANDIT"),
        ("SERIOUS_IMPACT", "HAS ASKED FOR + GOT A TRANSFER TO THE DEPOT SITE"),
        ("SERIOUS_IMPACT", "HER HUSBAND NOW DRIVES HER HOME"),
    ],
)
