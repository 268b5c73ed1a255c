# ruff: noqa: E501
"""Hand-written narratives, writer wg: long and messy multi-entry records, update logs and corrections."""

from corpora.handwritten import case

case(
    1, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="wg",
    pattern="hedge_row_between_neighbours_logged_as_stalking_mutual_abuse", relationship="neighbour", occasions=1,
    text="""\
CAD 4471 21/03 - opened as STALKING by call taker (caller used the word). Reclassify pending.
Entry 1 (PC 2291 Okafor) 21/03 1915: attended 14 Larch Close re caller Mrs Dawn PRIESTLEY saying neighbour at no.16 Mr Colin ASHWORTH is 'stalking' her and 'always watching'. Spoke to caller at doorstep, dog barking throughout, hard to take account. She states on Sat 19/03 they argued over the fence about the leylandii hedge and he called her a 'nosy cow'. She accepts she called him 'a fat waste of space' back and threw the cuttings over onto his drive.
Entry 2 (PC 2291) 21/03 1950: spoke to ASHWORTH at no.16. His version: she started it, she was filming him trimming the hedge. Both have been shouting at each other about this hedge on and off since the autumn, both sides give as good as they get. Neither reports threats. No other contact between them, no following, no messages. Nothing to support 'watching' - caller clarified she meant he looks over when he is in his own garden.
Entry 3 (Sgt 1180 Haines) 22/03 0810: entry 2 says 'ongoing since autumn' - to be clear this is ONE argument on 19/03 that anybody can describe; the autumn stuff is general grumbling about the height of the hedge, no dates, no specific incident either side can give. Row was two-way. Council high hedges complaint route advised to both. Ref to CAD 3902 (Feb, car alarm at no.18) - ignore, wrong address linked.
Entry 4 (PC 2291) 23/03: rang Mrs P back, she accepts she doesn't want police action, she just wants the hedge cut down to size. Both parties given words of advice re behaviour. Stalking classification not supported, no crime. Closing as neighbour dispute, NFA.""",
    spans=[],
)

case(
    2, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="wg",
    pattern="tenant_reports_arrears_letters_and_inspection_notices_lawful", relationship="landlord", occasions=6,
    text="""\
Summary for crime review - recorded at first as Harassment (PHA s.2).
The informant, Ms Tanya Boakye (27), rents a one-bed flat at 3B Mill Row through Henleaze Lettings. She reports that the agency has been 'harassing' her since January.
Her paperwork shows: three letters about rent arrears (dated 9 Jan, 6 Feb, 5 Mar), polite, setting out the sum owed and offering a payment plan. A Section 8 notice served by post on 2 April. Two emails from the property manager, Mr Kieran Shaw, giving 24 hours' written notice of a gas safety inspection and then of a re-arranged date. The inspection went ahead on 28 March with her present; she says Mr Shaw was 'short with her' but she describes nothing abusive.
She also mentions the agency van parked outside on a couple of days - enquiries show this was the contractors doing the flat upstairs, nothing to do with her.
Ms Boakye says she has been losing sleep over the arrears and finds the letters frightening to open. But the contact is all for a lawful purpose (recovering rent, a statutory inspection, notice under the Housing Act) and is proportionate in amount and tone.
No offence disclosed. PC 4410 Greaves.""",
    spans=[
        ("DISTRESS", "she has been losing sleep over the arrears"),
        ("DISTRESS", "finds the letters frightening to open"),
    ],
)

case(
    3, "no_offence", "R",
    voice="call_log", case="upper", noise="abbrev", batch="wg",
    pattern="one_racist_shout_from_stranger_in_high_street", relationship="stranger", occasions=1,
    text="""\
CALLER MR HAMID YOUSAFZAI STATES WHILST WALKING BACK FROM MOSQUE ON HIGH ST APPROX 1340 A MALE HE DID NOT KNOW, WHITE, 50S, GREY FLEECE, SHOUTED 'GO BACK TO YOUR OWN COUNTRY YOU P***' AT HIM FROM ACROSS THE ROAD THEN GOT ON A NO.42 BUS. CALLER HAS NEVER SEEN MALE BEFORE. NO FURTHER CONTACT. CALLER SHAKEN BUT NOT INJURED. SAYS HE WANTS IT RECORDED AS HARASSMENT.
NOTE: CALLER ALSO MENTIONED SCAFFOLD LORRY BLOCKING HIS DRIVE AT HOME - SEPARATE, ADV 101/COUNCIL.
BUS CO CONTACTED FOR CCTV REQ, BUS 42 DEP 1342.
UPDATE 1610: SPOKE TO CALLER AGAIN, CONFIRMS THIS WAS ONE INCIDENT ONLY, NOTHING BEFORE OR SINCE. RECORD AS RACIALLY AGG PUBLIC ORDER, NOT PHA. RV: ONE OCCASION ONLY.""",
    spans=[
        ("RACIAL_HOSTILITY", "SHOUTED 'GO BACK TO YOUR OWN COUNTRY YOU P***' AT HIM"),
        ("DISTRESS", "CALLER SHAKEN"),
    ],
)

case(
    4, "no_offence", "",
    voice="dash_note", case="mixed", noise="abbrev", batch="wg",
    pattern="threat_in_november_then_reconciled_then_one_rude_text_in_july", relationship="ex_partner", occasions=2,
    text="""\
DASH / supervisor note - Occ 22/5518
Referred in as 'harassment - ongoing'. It isn't.
Occurrence A (11 Nov last year): IP Shannon MERCER and her then boyfriend Lewis DUNNE argued at her flat after a night out. He punched a door and told her 'I'll put you through that wall next'. She was scared and called us; he had left before officers arrived. IP and Lewis got back together around Christmas - she says 'we sorted it, went to his mum's for Christmas, were fine till the summer'. Both confirm they were living together Feb-July.
Occurrence B (24 July): couple split for good in early July. On 24/07 he sent one text asking for his PS5 and his work boots back, she refused, he wrote 'keep them then you tight cow'. Nothing since, he has moved to Leicester for work.
Two events eight months apart with a reconciliation in between and a genuine relationship resumed - these are not a connected course. Occurrence B on its own is a single rude message about property.
IP spoken to 26/07, happy with advice, IDVA declined.
No PHA offence. Close. - A/Sgt 6021 Whitlow""",
    spans=[
        ("THREAT_VIOLENCE", "told her 'I'll put you through that wall next'"),
        ("FEAR_OF_VIOLENCE", "She was scared and called us"),
        ("STALK_CONTACT", "he wrote 'keep them then you tight cow'"),
    ],
)

case(
    5, "harassment", "C",
    voice="updates", case="mixed", noise="typos", batch="wg",
    pattern="kitchen_customer_floods_fitter_with_abusive_emails_over_refund_homophobic", relationship="customer", occasions=36,
    text="""\
Log opened 02/09 as STALKING - CUSTOMER (classification by front office)
02/09 1130 PC 3317: Informant Mr Gareth Lloyd-Price, owner of Pricewise Kitchens, Unit 4 Tanners Yard. He fitted a kitchen for Mr Stuart VANCE in June. Dispute over a cracked worktop and a refund of £890. Since mid august VANCE has been emailing and ringing the showroom. Informant says 'he wont leave it alone'.
02/09 1400 PC 3317: Informant has forwarded the emails. Counted 23 emails between 16/08 and 01/09, some 3 or 4 in a day. Tone gets worse over time - early ones just demand the refund, later ones call informant a 'thieving queer' and a 'bent little poof' (informant is gay and this is known locally, he is married to his husband Rob who works in the showroom). Also approx 15 calls to the showroom landline, staff have logged them, mostly shouting down the phone about the money then hanging up.
NB informant asked if this is a hate crime - homophobic hostilty noted for the hate crime flag, it is not racial/religious so no CDA s.32 aggravation on the PHA.
03/09 0915 PC 3317: correction to above - I put 23 emails, informant's IT man says 2 of those are duplicates of the same email sent twice so 21. Doesnt change anything.
03/09 PC 3317: No following, no turning up at the home, VANCE has not been to the showroom since the fit. Everything is about the refund and the worktop. Not stalking, informant isnt targeted as a person beyond the dispute - reclassify HARASSMENT.
04/09 informant says his staff member Kerry now refuses to answer the landline, he has had to put it to answerphone, he says he is fed up and stressed out with it but the business is carrying on as normal.
05/09 VANCE interviewed VA, admits sending emails, 'I want my money'. Says he will stop. Trading standards route for the worktop explained to him. File to CPS for advice.""",
    spans=[
        ("STALK_CONTACT", "VANCE has been emailing and ringing the showroom"),
        ("REPETITION", "Counted 23 emails between 16/08 and 01/09"),
        ("REPETITION", "some 3 or 4 in a day"),
        ("ESCALATION", "Tone gets worse over time"),
        ("STALK_CONTACT", "later ones call informant a 'thieving queer' and a 'bent little poof'"),
        ("STALK_CONTACT", "approx 15 calls to the showroom landline"),
        ("DISTRESS", "he is fed up and stressed out with it"),
    ],
)

case(
    6, "harassment", "C",
    voice="updates", case="inconsistent", noise="abbrev", batch="wg",
    pattern="shared_drive_parking_row_daily_photographs_and_wiper_notes", relationship="neighbour", occasions=9,
    text="""\
**UPDATE LOG - OCC 4418/23 - HARASSMENT (NEIGHBOUR)**
14/02 0905 PC 771 NASH: VIC Mr Pradeep Sandhu, 22 Orchard Rise. SUSP Mr Derek Foulds, 24 Orchard Rise. Shared driveway, dispute over who can park in the turning head. Vic states susp photographs his car every morning and has put notes under his wipers.
14/02 0905 PC 771 NASH: VIC Mr Pradeep Sandhu, 22 Orchard Rise. SUSP Mr Derek Foulds, 24 Orchard Rise. Shared driveway, dispute over who can park in the turning head. Vic states susp photographs his car every morning and has put notes under his wipers. [DUP ENTRY - SYSTEM ERROR, IGNORE]
15/02 1620 pc 771: vic showed me 6 notes, undated, all about parking ('MOVE IT OR I'LL HAVE IT TOWED', 'THIS IS NOT YOUR SPACE'). Also says susp stands at his front window with his phone out when vic comes home, and filmed vic's wife unloading shopping on 10/2 and 12/2. Vic's doorbell cam shows susp at window 11/02, 12/02, 13/02 around 1730 each day.
15/02 1700 note: vic's ethnicity recorded on the occurrence as Indian (British) for monitoring, no hostility alleged by vic, nothing in the notes or conduct referring to it. Not a hate incident.
16/02 PC 771: spoke to Foulds. States he is 'gathering evidence' for the management company re parking, has a folder of photos of cars in the turning head, not just vic's - also no.20 and a delivery van. He has complained in writing to the management co four times. Doesn't dispute the notes.
17/02 SGT 1042 REVIEW: looked at whether this is stalking - watching and photographing present but it is all about the parking space, susp photographing other cars too, nothing about vic as a person outside the parking. Harassment is made out though: daily photographing of vic/family and notes over 2+ weeks, vic says it's 'like living next to a CCTV camera', he is stressed and his wife doesnt like coming home. No change to routine reported. HARASSMENT s.2 stands. Consider CPW/mediation. unrelated: street lighting fault reported same night, passed to council.
20/02 pc 771: Foulds given words of advice + CPW. Vic happy with that for now.""",
    spans=[
        ("STALK_WATCH", "susp photographs his car"),
        ("REPETITION", "every morning"),
        ("STALK_CONTACT", "has put notes under his wipers"),
        ("STALK_WATCH", "susp stands at his front window with his phone out when vic comes home"),
        ("REPETITION", "11/02, 12/02, 13/02 around 1730 each day"),
        ("DISTRESS", "he is stressed and his wife doesnt like coming home"),
    ],
)

case(
    7, "harassment", "CD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="wg",
    pattern="night_shift_team_leader_homophobic_messages_victim_signed_off_and_moved_shift", relationship="colleague", occasions=10,
    text="""\
Supervisor review 09/10 - DS 2207 Mahmood
Crime: HARASSMENT s.2 PHA (was put on as malicious comms x1, wrong - more than one occasion).
IP Jordan AMES, 31, picker at Harlow Distribution, nights. SUSP Craig BELLAMY, team leader same shift.
- The first report (12/09) only mentions one WhatsApp message. Correct position: BELLAMY sent him direct messages on at least 9 separate dates between 2 Aug and 8 Sept, calling him 'nancy boy', 'the office f****t', and telling him nobody wants him on nights.
- 21/08 BELLAMY also posted a photo of IP in the team group chat with a caption mocking him.
- The line in the second report that says 'IP has left the company' is wrong. He has not left. He was signed off sick by his GP from 10 Sept for three weeks with anxiety and has asked HR to move him to days when he goes back, which has been agreed.
Hostility is homophobic - flag as hate incident, but it is not racial or religious; no s.32.
Nothing suggests interest in IP beyond bullying at work - no following, no visits home. Harassment, not stalking.
No threats of violence in any message I've read.""",
    spans=[
        ("STALK_CONTACT", "BELLAMY sent him direct messages"),
        ("REPETITION", "on at least 9 separate dates between 2 Aug and 8 Sept"),
        ("STALK_CONTACT", "calling him 'nancy boy', 'the office f****t'"),
        ("STALK_PUBLISH", "posted a photo of IP in the team group chat with a caption mocking him"),
        ("SERIOUS_IMPACT", "signed off sick by his GP from 10 Sept for three weeks with anxiety"),
        ("SERIOUS_IMPACT", "asked HR to move him to days"),
    ],
)

case(
    8, "harassment", "C",
    voice="result_note", case="lower", noise="typos", batch="wg",
    pattern="three_abusive_voicemails_in_twelve_minutes_over_tools_kelly", relationship="acquaintance", occasions=3,
    text="""\
result note - crime reclassified from 'no crime (single incident)' to HARASSMENT.
original oic closed this on the basis it was one incident on one evening. that is wrong. ip (mrs lorraine kettle) recieved three voicemails from susp mr barry noakes (used to drink in the same club, did odd jobs for her late husband) on the evening of 03/06 at 2214, 2219 and 2226. each was a seperate call, each one abusive - calling her a 'lying old bag', accusing her of keeping tools that belonged to him, and the last one saying he'd tell the whole club she was a thief. three separate calls made minutes apart are separate occasions (kelly v dpp) and they are plainly connected so this is a course of conduct.
no threats in any of the three. ip says she was upset and couldnt sleep that night, she is 74 and lives alone, but she hasnt changed anything and says 'i just want him told'.
susp spoken to 09/06, says he was drunk and the tools are his. PIN issued, ip happy with that.
t/sgt 3904""",
    spans=[
        ("STALK_CONTACT", "recieved three voicemails from susp"),
        ("REPETITION", "at 2214, 2219 and 2226"),
        ("STALK_CONTACT", "calling her a 'lying old bag'"),
        ("STALK_CONTACT", "the last one saying he'd tell the whole club she was a thief"),
        ("DISTRESS", "she was upset and couldnt sleep that night"),
    ],
)

case(
    9, "harassment", "C",
    voice="updates", case="mixed", noise="redacted", batch="wg",
    pattern="brother_in_law_texts_executor_over_estate_one_slap_threat", relationship="family", occasions=31,
    text="""\
Occurrence 7731 - opened as THREATS TO KILL by control room.
Entry 1 - 02/01 1040 - PC [REDACTED]: IP [NAME 1] (f, 58) reports brother-in-law [NAME 2] has been messaging her about her late mother's bungalow. Mother died Oct. IP is executor. [NAME 2] (married to IP's sister) believes the sister is being cut out.
Entry 2 - 02/01 1200: IP's phone examined. From 4 Dec to 1 Jan [NAME 2] sent 31 texts and also messaged her on Facebook messenger. Content: demands to see the will, calling her 'a greedy b*tch', 'a crook', saying she'll 'rot in hell for what she's done to her own sister'. Some sent in the early hours.
Entry 3 - 02/01 1210: the threats to kill title comes from one message, 28/12 2347: 'if I see you at the funeral place I'll give you a slap you won't forget'. That is the only message with any violence in it. Not a TTK. IP says that one made her 'properly scared' for a few days.
Entry 4 - 03/01: correction - entry 2 says messenger too. IP has checked and the messenger ones were from her nephew asking her to calm it down, not from [NAME 2]. Texts only.
Entry 5 - 03/01 OIC: everything is about the estate, no sign of [NAME 2] doing anything but messaging (no visits, no drive-bys). IP has not changed anything, going to work as normal, 'I'm not going to let him push me around'. Harassment s.2. Single threat noted but not repeated so not s.4.
Entry 6 - 05/01: [NAME 2] interviewed. Accepts texts, 'heat of the moment', says probate is with solicitors. To CPS for advice re harassment. Bail conditions not to contact IP directly; probate matters through solicitors only.
Entry 7: unrelated - IP's car was broken into outside her work on 29/12, separate crime ref 7610, no link to [NAME 2] (CCTV shows two youths).""",
    spans=[
        ("REPETITION", "From 4 Dec to 1 Jan"),
        ("STALK_CONTACT", "[NAME 2] sent 31 texts"),
        ("STALK_CONTACT", "calling her 'a greedy b*tch', 'a crook'"),
        ("REPETITION", "Some sent in the early hours"),
        ("THREAT_VIOLENCE", "'if I see you at the funeral place I'll give you a slap you won't forget'"),
        ("FEAR_OF_VIOLENCE", "that one made her 'properly scared' for a few days"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="wg",
    pattern="downstairs_neighbour_two_door_threats_over_washing_machine_noise", relationship="neighbour", occasions=2,
    text="""\
OCC 3390 - ASB / THREATS (neighbour) - upd log
03/05 2140 PC 5012 Yates: Call from IP Mr Tariq Aziz, flat 2, 41 Gorse Rd. States downstairs neighbour SUSP Mr Imran Chaudhry (flat 1) came up and banged on his door approx 2100 re noise from IP's washing machine. Susp shouted 'turn it off or I'll come through this door and batter you'. IP did not open door. IP v shaken, lives alone, says susp is 'twice my size'.
04/05 0930 PC 5012: IP called back. Earlier entry wrong - there were two visits not one. Susp also came up on Sunday 30/04 about the same washing machine, IP did open the door that time and susp put his finger in his face and said 'next time it's your teeth'. IP didn't report it then because he 'thought it would blow over'.
04/05 1015: both parties are Muslim and attend the same mosque - IP mentioned this only because he's worried people at the mosque will hear about it. No religious or racial element.
04/05 1100 PC 5012: spoke to susp. Admits going up 'a couple of times' over the noise, denies threats, says IP runs the machine at midnight. Also raised IP's bike in the communal hall - not relevant to the threats.
05/05 IP states he is now frightened to go down the stairs past susp's door and waits till he hears him go out. [OIC: not a big change - he's still going to work etc. Consider under fear only.]
06/05 Sgt 2274 review: two occasions (30/04 and 03/05) four days apart, same issue, same susp, threat of violence on each, IP genuinely fears susp will use violence. Harassment putting people in fear of violence s.4 made out. Not stalking - it is about noise. Interview susp under caution re s.4. Housing assoc informed re noise complaints both ways.
06/05 unrelated: IP's sister rang 101 asking for update - referred to OIC.""",
    spans=[
        ("STALK_TURN_UP", "came up and banged on his door"),
        ("THREAT_VIOLENCE", "'turn it off or I'll come through this door and batter you'"),
        ("FEAR_OF_VIOLENCE", "IP v shaken"),
        ("REPETITION", "there were two visits not one"),
        ("THREAT_VIOLENCE", "said 'next time it's your teeth'"),
        ("FEAR_OF_VIOLENCE", "he is now frightened to go down the stairs past susp's door"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="wg",
    pattern="builder_threatens_customer_withholding_final_invoice_phone_then_doorstep", relationship="business", occasions=2,
    text="""\
CAD 2281 17/11 1602
CLR MRS JANINE OKORO-WALSH 07XXX. STATES BUILDER SHE USED FOR EXTENSION, MR DEAN PARFITT OF PARFITT BUILD LTD, HAS BEEN THREATNING HER OVER FINAL INVOICE £4K WHICH SHE IS WITHOLDING DUE TO LEAKING ROOF.
1605 CLR STATES ON MON 13/11 HE RANG HER AT WORK & SAID 'PAY UP OR YOU'LL END UP IN A&E LOVE'. THEN TODAY 1540 HE TURNED UP AT HER HOUSE IN HIS VAN, CAME TO DOOR AND SAID HE KNEW WHERE HER KIDS GO TO SCHOOL AND SHE'D 'GET HURT' IF SHE DIDN'T PAY BY FRI.
1607 CLR V UPSET & SCARED, CRYING ON PHONE, SAYS SHE THINKS HE WILL COME BACK AND HURT HER.
1612 PNC SUSP - PREV ABH 2015.
1615 P2, CLR ADV 999 IF RETURNS.
1650 UPDATE FROM ATTENDING PC 8812: 3 TEXTS ALSO REC'D BETWEEN 13/11 AND 17/11 CHASING THE MONEY, POLITE-ISH, NO THREATS IN THOSE - CIVIL DEBT MATTER AS FAR AS THE TEXTS GO. THREATS ON 13/11 AND 17/11 ARE THE ISSUE. CLR STATES SHE IS FRIGHTENED OF HIM. FLAG ADDRESS. S.4 PHA CRIME RAISED, HARASSMENT NOT STALKING (DISPUTE OVER MONEY).""",
    spans=[
        ("THREAT_VIOLENCE", "SAID 'PAY UP OR YOU'LL END UP IN A&E LOVE'"),
        ("STALK_TURN_UP", "HE TURNED UP AT HER HOUSE IN HIS VAN"),
        ("THREAT_VIOLENCE", "SHE'D 'GET HURT' IF SHE DIDN'T PAY BY FRI"),
        ("DISTRESS", "CLR V UPSET & SCARED, CRYING ON PHONE"),
        ("FEAR_OF_VIOLENCE", "SHE THINKS HE WILL COME BACK AND HURT HER"),
        ("FEAR_OF_VIOLENCE", "SHE IS FRIGHTENED OF HIM"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="clean", batch="wg",
    pattern="depot_worker_threatened_three_times_after_reporting_clocking_fraud_changed_shift", relationship="colleague", occasions=3,
    text="""\
Further statement of Marcus OYELARAN (this is my second statement, it adds to and corrects my first one of 4 March).
In my first statement I said Liam GRAYSON threatened me once, in the smoking area. That isn't right, I was in a state when I gave it. It happened three times. I've now gone through my diary and my texts to my girlfriend to get the dates.
The first time was 19 February, end of the late shift at the depot. I'd reported him to the manager for clocking his mates in. He came up behind me at the lockers and said 'grass again and I'll cut you'. I laughed it off to be honest, I thought it was talk.
The second time is the one I put in my first statement, 26 February, smoking area. He stood right up against me and said I was 'a dead man walking' and that he knew I got the 22 bus home.
The third was 1 March. He was waiting by the bus stop on Canal Street when I finished. He didn't say anything, he just drew his finger across his throat and walked off.
After the second time I was scared of him. After the third time I was frightened he was actually going to stab me. I know he's been in trouble before. I asked to move off lates onto earlies so I'm never on shift with him, which cost me the shift allowance, and my girlfriend picks me up in the car now, I don't get the bus.
I also want to say that the bit in my first statement about him keying my car, I can't prove that and I'm not saying it was him.
I did not have any problem with him before the grass thing. We weren't friends and we never saw each other outside work.""",
    spans=[
        ("REPETITION", "It happened three times"),
        ("THREAT_VIOLENCE", "said 'grass again and I'll cut you'"),
        ("THREAT_VIOLENCE", "said I was 'a dead man walking'"),
        ("STALK_LOITER", "He was waiting by the bus stop on Canal Street when I finished"),
        ("THREAT_VIOLENCE", "drew his finger across his throat"),
        ("FEAR_OF_VIOLENCE", "I was scared of him"),
        ("FEAR_OF_VIOLENCE", "I was frightened he was actually going to stab me"),
        ("SERIOUS_IMPACT", "I asked to move off lates onto earlies so I'm never on shift with him"),
        ("SERIOUS_IMPACT", "my girlfriend picks me up in the car now, I don't get the bus"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="abbrev", batch="wg",
    pattern="brother_repeats_neck_threat_over_unpaid_loan", relationship="family", occasions=3,
    text="""\
PNB entry PC 6630 - 12/08 1915 - 7 Haddon Way
spoke w/ IP Ms Carla Denning re her brother Neil DENNING (lives w/ their dad, 3 streets away). £2,000 she lent him, she asked for it back in July. IP says on 2/8 he came round, stood in hallway & said 'ask me for that money again and I'll snap your neck'. IP says he's said it again twice since, once on the phone 6/8 and once outside the Co-op 10/8 in front of her son.
IP says she is scared of him, he has a temper, hit her when they were teenagers. she believes he wd do it.
no other contact, he's not following her etc - it's all about the money. IP doesnt want to fall out with dad.
IP adv re s.4 PHA. IP willing to give stmt tmrw. DASH (family) completed - medium. photo of IP's call log taken showing 6/8 call 1m 40s.
weather: heavy rain, street lights off - power cut, took acct by torch.""",
    spans=[
        ("STALK_TURN_UP", "he came round, stood in hallway"),
        ("THREAT_VIOLENCE", "'ask me for that money again and I'll snap your neck'"),
        ("REPETITION", "he's said it again twice since"),
        ("REPETITION", "once on the phone 6/8 and once outside the Co-op 10/8"),
        ("FEAR_OF_VIOLENCE", "she is scared of him"),
        ("FEAR_OF_VIOLENCE", "she believes he wd do it"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="third_party", case="mixed", noise="typos", batch="wg",
    pattern="barred_pub_regular_threatens_barman_twice_licensee_reports", relationship="acquaintance", occasions=2,
    text="""\
Email to Safer Neighbourhood Team from Mrs Alison Marsh, licensee of the Plough, Wem Lane - forwarded to CMS 14/06.
Hi, I'm writing about my barman Sean Tully because he wont ring you himself. One of our regulars, Kevin HARTE, who Sean's known since school, has had it in for him since Sean barred him on the 1st for being drunk. On Friday 2nd Kevin waited by the side door when we closed and told Sean he was going to 'glass him' next time he saw him. Then last Saturday the 10th he came in with two mates, stood at the bar and told Sean 'your card's marked, I'll do you in the car park'. I heard that myself. Sean is really scared, hes jumpy all night and keeps looking at the door. He thinks Kevin means it. Kevin's also been putting stuff on Facebook about the pub being a dump but thats about me not Sean. Please can someone come and see us, we're open from 12. Alison
OIC note: two threats on 2nd and 10th June, victim frightened per witness - victim to be seen to confirm in his own words.""",
    spans=[
        ("STALK_LOITER", "Kevin waited by the side door when we closed"),
        ("THREAT_VIOLENCE", "told Sean he was going to 'glass him' next time he saw him"),
        ("THREAT_VIOLENCE", "told Sean 'your card's marked, I'll do you in the car park'"),
        ("FEAR_OF_VIOLENCE", "Sean is really scared"),
        ("FEAR_OF_VIOLENCE", "He thinks Kevin means it"),
    ],
)

case(
    15, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="wg",
    pattern="ex_boyfriend_pleading_messages_after_block_flowers_to_work_via_sister", relationship="ex_partner", occasions=200,
    text="""\
Occ 55120 - Malicious comms (opened) > STALKING (see review entry)
11/01 1830 PC 1877 Dhillon: VIC Ms Rebecca HOLT reports ex-partner SUSP Aaron PIKE sending too many messages. Rel 4 yrs, ended by VIC 20/12. No children, no joint property - he moved his stuff out on 23/12, keys returned.
11/01 1850: VIC shows phone. Since 20/12 susp has sent approx 140 WhatsApps and 60+ texts. Reading through: 'please just talk to me', 'I can change', 'I'll never love anyone else', 'why won't you answer', 'I know you still love me'. Several most nights, 2am, 3am. None threatening. Also voice notes of him crying.
11/01 1855: VIC blocked him on WhatsApp 2/1, he then started texting from his work phone, and on 7/1 messaged her via her sister's Instagram asking her sister to 'make her see sense'.
12/01 0900 PC 1877: VIC rang to add - flowers delivered to her work on 9/1 and a card 'we're meant to be', she didn't open the second lot on 10/1, sent back. Earlier entry (11/01) said no contact at work, that is wrong.
12/01 0910: car park at VIC's work has new barriers, unrelated, she mentioned she was late because of them.
12/01 1400 PC 1877: PNC susp - nil. No previous DA reports between them.
13/01 Sgt 992 review: this is not malicious comms. Ex-partner, relationship over, refuses to accept it: messages + contact via a third party + gifts to workplace after being blocked. Nothing about money/house/kids - he just wants her back. No threats so not s.4A fear; VIC says she is 'drained' and 'sick of it' and feels anxious when her phone goes but is carrying on as normal, no change to work or home - not s.4A on the distress limb either. Reclassify STALKING s.2A. DASH - medium, repeat.
14/01 susp arrested, interviewed, admits contact, 'just wanted closure'. RUI, advised re contact. VIC updated.
15/01 VIC reports another text overnight 'sorry, last one I promise'. Added.""",
    spans=[
        ("REPETITION", "Since 20/12"),
        ("STALK_CONTACT", "susp has sent approx 140 WhatsApps and 60+ texts"),
        ("FIXATION", "'I'll never love anyone else'"),
        ("FIXATION", "'I know you still love me'"),
        ("REPETITION", "Several most nights, 2am, 3am"),
        ("UNWANTED", "VIC blocked him on WhatsApp 2/1, he then started texting from his work phone"),
        ("STALK_CONTACT", "messaged her via her sister's Instagram"),
        ("STALK_GIFTS", "flowers delivered to her work on 9/1 and a card 'we're meant to be'"),
        ("DISTRESS", "she is 'drained' and 'sick of it' and feels anxious when her phone goes"),
        ("STALK_CONTACT", "another text overnight 'sorry, last one I promise'"),
    ],
)

case(
    16, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="wg",
    pattern="older_cafe_customer_fixated_on_barista_gifts_walks_her_to_station", relationship="customer", occasions=8,
    text="""\
Crime summary - STALKING (s.2A) - OIC DC Farrow
Note: first recorded as harassment by the front counter. Re-assessed - see below.
The victim, Ms Amara Nwosu (24), works as a barista at Bean There on Castle Street. She is of Nigerian heritage; she mentions this only because the suspect asked her about it on the first day - there is nothing hostile in anything he has said, and it is not a factor.
The suspect, Mr Graham Tilley (61), started coming in as a customer in early March. What first looked like an over-friendly regular has become:
- coming in every day she is on shift, and only those days (the manager's rota check shows he has not been in on her days off since 14 March);
- asking colleagues when she is working and whether she has a boyfriend;
- leaving gifts on the counter for her: a bracelet, a book of poems, a card signed 'your Graham' (all retained);
- on 2 April, waiting by the bus stop opposite at closing and walking alongside her to the station. She told him plainly she is not interested and he should stop. He said she 'didn't mean it' and came back the next morning with chocolates;
- on 9 April she saw him across the road from her flat in Denmark Road. She has never told him where she lives.
Out-of-order point: the manager's statement says the first gift was 'around Easter'. Ms Nwosu is clear it was before that (18 March). Nothing turns on it.
Ms Nwosu finds it creepy and unsettling. She says she is not frightened of him ('he's an old man, I could outrun him') and she is still working her usual shifts and getting the bus.
Assessment: fixation on her as a person, refusal to accept a clear rejection, several different kinds of act (turning up, gifts, following, near her home). Stalking. No threats, no concrete change to her routine, so s.2A not s.4A.
Action: suspect to be spoken to; consider a Stalking Protection Order.""",
    spans=[
        ("STALK_TURN_UP", "coming in every day she is on shift, and only those days"),
        ("STALK_MONITOR", "asking colleagues when she is working and whether she has a boyfriend"),
        ("STALK_GIFTS", "leaving gifts on the counter for her"),
        ("FIXATION", "a card signed 'your Graham'"),
        ("STALK_LOITER", "waiting by the bus stop opposite at closing"),
        ("STALK_FOLLOW", "walking alongside her to the station"),
        ("UNWANTED", "She told him plainly she is not interested and he should stop"),
        ("FIXATION", "He said she 'didn't mean it'"),
        ("STALK_GIFTS", "came back the next morning with chocolates"),
        ("STALK_WATCH", "she saw him across the road from her flat in Denmark Road"),
        ("DISTRESS", "finds it creepy and unsettling"),
    ],
)

case(
    17, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="wg",
    pattern="ex_breaches_restraining_order_twice_at_door_threat_but_victim_unafraid", relationship="ex_partner", occasions=2,
    text="""\
Review 03/03 - Sgt 4019 Rowe
Breach of restraining order x2 + PHA. Log originally put on as 'ASB - male at door', which it plainly isn't.
IP: Kayleigh FRY. SUSP: Jason ROWLEY, ex-partner (split 2022). RO made at Magistrates 14/09 last year - not to contact IP directly or indirectly, not to go to Hollins Street.
Facts, in order (the log has them backwards):
1. Sat 18/02 approx 2300 - SUSP at IP's front door on Hollins St, knocking, shouting through the letterbox that he wanted to 'just talk'. Left when IP's neighbour came out. IP didn't call police that night - says she 'couldn't be bothered with the hassle'.
2. Tue 28/02 1745 - SUSP back at the door, then waited on the wall opposite for about 40 mins watching the house. When she opened the window to tell him to go he said 'you'll regret getting that order, I'll smash your face in'. She called 999. He'd gone by the time units arrived.
3. Doorbell footage covers both. SUSP identified by IP and by PC 7712 who knows him.
IP's position, in her words: 'I'm not scared of him, he's all mouth, he's never touched me, I just want him to get the message.' She hasn't changed anything and doesn't want to. One threat, on the 28th, and she tells us plainly it didn't frighten her. Not s.4/s.4A.
Ex-partner, coming back to the house twice in breach of an order that is specifically about her, waiting outside watching - that's stalking conduct. Course of conduct over 10 days.
Actions: circulated wanted for breach of RO + stalking s.2A. IP offered TecSOS anyway - declined.
Note for OIC: ignore the reference to a 'second male' in the first call - that was the neighbour.""",
    spans=[
        ("STALK_TURN_UP", "SUSP at IP's front door on Hollins St, knocking, shouting through the letterbox"),
        ("STALK_TURN_UP", "SUSP back at the door"),
        ("STALK_LOITER", "waited on the wall opposite for about 40 mins watching the house"),
        ("THREAT_VIOLENCE", "'you'll regret getting that order, I'll smash your face in'"),
        ("REPETITION", "twice in breach of an order"),
    ],
)

case(
    18, "stalking", "CS",
    voice="updates", case="inconsistent", noise="typos", batch="wg",
    pattern="ex_girlfriend_uses_brother_and_friend_to_message_and_drive_past", relationship="ex_partner", occasions=10,
    text="""\
OCC 20/7731 upd log - classification on opening: ASB - VEHICLE NUISANCE
21/04 2205 PC 3356: RP Daniel HURST, 29, reports a grey Corsa driving slowly past his house 'all the time' with people looking in. Says he knows its friends of his ex.
22/04 1010 pc 3356: RP's ex is Chloe BANNER, together 2 yrs, he ended it mid March. RP has blocked her everywhere. RP says since then:
 - Chloe's brother Ryan BANNER has messaged him on Snapchat 'Chloe just wants to talk, give her a chance' (x4, 29/03 to 12/04)
 - her best mate Jade sent him a long message saying Chloe is 'not eating' and he 'owes her a conversation'
 - grey Corsa (Ryan's, VRM checked - registered to him) past RP's house 17/04, 19/04, 20/04 and 21/04 in the evening, slowing down, Ryan and Chloe both in it on 21/04 per RP's doorbell cam
 - Chloe turned up at his gym on 15/04 and waited in reception till he came out, he walked past her.
22/04 1020: correction to opening entry - it is not 'all the time', it is the 4 dates above.
22/04 1100 PC 3356: RP says Chloe has told mutual friends she 'won't give up on us'. RP not scared of any of them, 'theyre not violent people, it's just doing my head in'. Hasnt changed his routine, still goes to the gym, same hours.
23/04 SGT 812: ex-partner who wont accept the end of the relationship, using her brother + friend to contact RP after being blocked, plus turning up at his gym and driving past his home. No money/property issue between them. Stalking s.2A - acting thru others counts as her conduct where she's behind it, and RP's doorbell cam has her in the car on 21/04. No threats. No s.4A.
24/04 unrelated - RP's bins knocked over 23/04, RP thinks foxes. Not linked.
25/04 Chloe BANNER + Ryan BANNER to be interviewed VA.""",
    spans=[
        ("UNWANTED", "RP has blocked her everywhere"),
        ("STALK_CONTACT", "Chloe's brother Ryan BANNER has messaged him on Snapchat"),
        ("REPETITION", "x4, 29/03 to 12/04"),
        ("STALK_CONTACT", "her best mate Jade sent him a long message"),
        ("REPETITION", "17/04, 19/04, 20/04 and 21/04 in the evening"),
        ("STALK_WATCH", "slowing down, Ryan and Chloe both in it on 21/04"),
        ("STALK_TURN_UP", "Chloe turned up at his gym on 15/04 and waited in reception till he came out"),
        ("FIXATION", "she 'won't give up on us'"),
        ("DISTRESS", "it's just doing my head in"),
    ],
)

case(
    19, "stalking", "CS",
    voice="dash_note", case="mixed", noise="redacted", batch="wg",
    pattern="ex_husband_watches_home_and_work_threatens_new_partner_only", relationship="ex_partner", occasions=5,
    text="""\
DASH narrative / risk summary - [REF REDACTED]
Victim: Person A (f, 35). Suspect: Person B (m, 38), ex-husband, divorced 2021. Two children; contact is arranged through a family court order and handovers happen at a contact centre - that is NOT what this report is about, and Person B's messages about handovers have been left out.
Since Person A's new partner (Person C) moved in on 1 August:
- 4/8 Person B parked across the road from Person A's house from around 1900 to 2130 (neighbour's account + doorbell);
- 9/8 and 16/8 he was seen in the car park of Person A's work at the time she finishes, sitting in his car. She says he has no reason to be there, he works the other side of the city;
- 12/8 he sent her a message: 'I know what time he leaves for work. Tell him he's getting his legs broke.'
- 20/8 he posted on Facebook a picture of Person A and Person C taken outside her house, captioned 'happy families'.
Person A says she is 'worried sick for [Person C]' but she is not afraid Person B will hurt her: 'he'd never touch me, it's Person C he hates.' She is uncomfortable being watched and wants it to stop. No change to her routines.
Person C has been seen separately and is taking it seriously - separate occurrence raised for the threat to him.
Questions 1-27 answered; score 9 - medium. Risk driven by the stalking questions (constantly texting/calling/following/watching answered yes).
Assessment for the crime record: ex-partner watching her home and workplace and publishing a photo of her - a course of conduct aimed at Person A that has nothing to do with the children's arrangements. Stalking. The threat was about Person C; Person A does not fear violence toward herself. Not s.4A.""",
    spans=[
        ("STALK_WATCH", "Person B parked across the road from Person A's house from around 1900 to 2130"),
        ("REPETITION", "9/8 and 16/8"),
        ("STALK_LOITER", "he was seen in the car park of Person A's work at the time she finishes, sitting in his car"),
        ("STALK_PUBLISH", "he posted on Facebook a picture of Person A and Person C taken outside her house"),
        ("DISTRESS", "She is uncomfortable being watched and wants it to stop"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="lower", noise="heavy", batch="wg",
    pattern="one_date_from_dating_app_fake_accounts_note_on_car_victim_moves_out", relationship="online", occasions=12,
    text="""\
occ 61/22190 - opened as 'malicious communications - online'. reclass stalking s4A (see 19/10)
02/10 pc 2840: ip Hannah CROSSLEY 27. met susp (calls himself 'Matt', real name Matthew ELLERBY per later enquiries) on hinge, 1 date 10/09 at a bar in town, she messaged after saying no thanks not for me. since then:
03/10 pc 2840: ip says he has messaged her on hinge, insta, facebook, linkedin, and her work email. approx 70 msgs. she blocks, he makes new accts. 'you didnt give it a chance', 'ill wait', 'we're supposed to be together i know it'.
05/10 pc 2840: ip rang in. note left on her car windscreen in the staff car park at her work (Carrow Dental) 'saw you today, you looked tired x'. she never told him where she works. he must have found it from her linkedin.
05/10: ip asked if this is 'just harassment' - adv it will be assessed.
08/10 pc 2840: ip found a facebook acct 'Hannah Crossley Fan' posting photos taken from her insta with coments. reported to fb, taken down 09/10.
11/10 pc 2840: sorry earlier entry (03/10) says approx 70 msgs - ip has now counted and its over 150 incl the fake accounts.
12/10 pc 4410 (cover): ip says a man matching susp was sat in a car outside her flat 2x this week (tues + thurs), she didnt get the vrm.
14/10 pc 2840: ip has changed her mobile number, deleted insta + fb, and since 13/10 is staying at her parents in Wymondham and not going back to the flat. work have moved her to their other branch. no threats ever made - she says 'he's never said he'll hurt me, its the not knowing what he'll do next'.
16/10 pc 2840: susp ID'd via hinge disclosure - ELLERBY, 34, no pnc.
19/10 ds 1187 review: non-ex, fixation clear ('supposed to be together'), refuses to accept no, contact across platforms + fake profile publishing her photos + note on car + watching her home. concrete changes to her life: moved out, new number, deleted socials, changed workplace - s4A (serious alarm/distress). no fear of violence limb. arrest plan for susp.
20/10 susp arrested 0710 at home. devices seized.""",
    spans=[
        ("STALK_CONTACT", "he has messaged her on hinge, insta, facebook, linkedin, and her work email"),
        ("UNWANTED", "she blocks, he makes new accts"),
        ("FIXATION", "'we're supposed to be together i know it'"),
        ("STALK_CONTACT", "note left on her car windscreen in the staff car park at her work"),
        ("STALK_MONITOR", "he must have found it from her linkedin"),
        ("STALK_PUBLISH", "a facebook acct 'Hannah Crossley Fan' posting photos taken from her insta"),
        ("REPETITION", "its over 150 incl the fake accounts"),
        ("STALK_WATCH", "a man matching susp was sat in a car outside her flat 2x this week"),
        ("SERIOUS_IMPACT", "ip has changed her mobile number, deleted insta + fb"),
        ("SERIOUS_IMPACT", "is staying at her parents in Wymondham and not going back to the flat"),
        ("SERIOUS_IMPACT", "work have moved her to their other branch"),
        ("DISTRESS", "its the not knowing what he'll do next"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSF",
    voice="crime_summary", case="mixed", noise="abbrev", batch="wg",
    pattern="ex_partner_threats_on_three_dates_follows_van_and_bangs_at_mums_door", relationship="ex_partner", occasions=6,
    text="""\
CRIME SUMMARY - Stalking involving fear of violence s.4A - OIC PC 5521 Abbott
(Facts came out over 3 accounts; set out here in date order, NOT the order given.)
IP Leanne WARD, SUSP Craig DOYLE - ex-partner, 6 yr rel, ended 5 weeks ago when IP moved to her mum's.
- 26/09 - susp sent IP a text 'if I can't have you nobody will'. Only came out in the 3rd account.
- 28/09 to 10/10 - daily calls, 10-20 a day, withheld number.
- 03/10 - susp followed IP from Asda to her mum's in his van, pulled up alongside and said through the window 'you're coming home or you're going in the ground'.
- 07/10 - susp at mum's door 2230, banging, shouting he'd 'burn the place down with you in it'. Logged at the time as 'domestic - verbal only'.
IP's words (2nd account): 'I'm terrified of him. I honestly think he'll kill me.' Was shaking throughout.
DASH HIGH, MARAC done.
Threats on 26/09, 03/10, 07/10 - three separate occasions, fear of violence clear. Ex-partner, won't accept the end, following, turning up - stalking. s.4A on the fear limb.""",
    spans=[
        ("THREAT_VIOLENCE", "'if I can't have you nobody will'"),
        ("STALK_CONTACT", "daily calls, 10-20 a day, withheld number"),
        ("STALK_FOLLOW", "susp followed IP from Asda to her mum's in his van"),
        ("THREAT_VIOLENCE", "'you're coming home or you're going in the ground'"),
        ("STALK_TURN_UP", "susp at mum's door 2230, banging"),
        ("THREAT_VIOLENCE", "he'd 'burn the place down with you in it'"),
        ("FEAR_OF_VIOLENCE", "I'm terrified of him. I honestly think he'll kill me."),
        ("DISTRESS", "Was shaking throughout"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSFD",
    voice="updates", case="mixed", noise="typos", batch="wg",
    pattern="rejected_neighbour_watches_follows_to_school_threatens_twice_cctv_bought", relationship="neighbour", occasions=10,
    text="""\
OCC 7702/24 - NEIGHBOUR DISPUTE (opening class.) - see sgt review, now STALKING s.4A
06/06 1400 PC 660 HUGHES: IP Gemma LOWE, 33, 9 Kestrel Walk. SUSP Philip CRANE, 58, no.11. IP says susp asked her out in april, she said no politely. Since then 'he won't leave me alone'.
06/06 1420: list from IP's diary (she has kept one since 2 May) - susp stands at his upstairs window looking into her garden most evenings; followed her to the school gates twice (8/5, 22/5) walking 10 yards behind; left a bunch of roses on her car bonnet 14/5; she finds her wheelie bin moved to the front of his house every week since she complained.
06/06 1425: IP says on 25/05 susp shouted over the fence 'you think you're too good for me, you'll get whats coming'. On 02/06 when she asked him to stop looking at her he said 'one of these nights I'll come round and show you'.
06/06 1440 PC 660: IP frightened, says she now keeps the kids inside, hasnt sat in her own garden since the 25th, and she paid £300 for 2 CCTV cameras fitted last week. She is scared he'll come into the house.
07/06 0915 PC 660: correction - the 'followed to school gates twice' was 3 times, IP's diary also has 29/5.
07/06 1000: IP's previous complaint to the council re susp's dog barking (2022) - closed, not relevant.
07/06 1230: spoke to susp at door. Says he's a 'good neighbour', bin thing 'a misunderstanding', denies threats. Very focused on IP, asked me whether she 'has a fella'.
08/06 sgt 3012 review: not a neighbour dispute - there is no boundary/noise issue. Fixation after rejection, watching, following, gifts, property interference. Two threats on separate dates (25/05, 02/06) and IP genuinely fears violence. Concrete change: kids kept in, garden not used, CCTV bought. STALKING s.4A. Risk assessment - medium. Arrest.
09/06 susp arrested.""",
    spans=[
        ("UNWANTED", "she said no politely"),
        ("STALK_WATCH", "susp stands at his upstairs window looking into her garden most evenings"),
        ("STALK_FOLLOW", "followed her to the school gates twice (8/5, 22/5) walking 10 yards behind"),
        ("STALK_GIFTS", "left a bunch of roses on her car bonnet 14/5"),
        ("STALK_PROPERTY", "she finds her wheelie bin moved to the front of his house every week"),
        ("THREAT_VIOLENCE", "'you think you're too good for me, you'll get whats coming'"),
        ("THREAT_VIOLENCE", "'one of these nights I'll come round and show you'"),
        ("FEAR_OF_VIOLENCE", "IP frightened"),
        ("SERIOUS_IMPACT", "she now keeps the kids inside, hasnt sat in her own garden since the 25th"),
        ("SERIOUS_IMPACT", "she paid £300 for 2 CCTV cameras fitted last week"),
        ("FEAR_OF_VIOLENCE", "She is scared he'll come into the house"),
        ("REPETITION", "was 3 times"),
        ("FIXATION", "asked me whether she 'has a fella'"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="wg",
    pattern="office_colleague_after_one_drink_waits_at_lift_rides_her_tram_she_changes_job", relationship="colleague", occasions=40,
    text="""\
Victim Personal Statement - Priya Raman
I want the court to understand what the last four months have been like. Ben Lowther sat two desks away from me at Aldous Insurance. We went for one drink as part of a team night, that's all. After that he would be waiting at the lift when I left, every day, and he would walk to the tram stop with me even when I said I wanted to be on my own. He started getting on my tram, then getting off at my stop. Twice in October I saw him at the end of my road on a Saturday. He sent me emails at work about my clothes and what I'd eaten for lunch.
He never threatened me. But I stopped sleeping properly and I started getting a taxi home and then I walked a different way to a different tram stop. In the end I left the job in December and took one with less money because I could not sit in that office with him. I have moved my Saturday shopping to a town twenty minutes away.
I want him to leave me alone.""",
    spans=[
        ("STALK_LOITER", "he would be waiting at the lift when I left"),
        ("REPETITION", "every day"),
        ("STALK_FOLLOW", "he would walk to the tram stop with me even when I said I wanted to be on my own"),
        ("STALK_FOLLOW", "He started getting on my tram, then getting off at my stop"),
        ("STALK_WATCH", "Twice in October I saw him at the end of my road on a Saturday"),
        ("STALK_MONITOR", "He sent me emails at work about my clothes and what I'd eaten for lunch"),
        ("DISTRESS", "I stopped sleeping properly"),
        ("SERIOUS_IMPACT", "I started getting a taxi home"),
        ("SERIOUS_IMPACT", "I walked a different way to a different tram stop"),
        ("SERIOUS_IMPACT", "I left the job in December and took one with less money"),
        ("SERIOUS_IMPACT", "I have moved my Saturday shopping to a town twenty minutes away"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="mixed", noise="abbrev", batch="wg",
    pattern="online_gamer_travels_to_teen_victims_house_after_knife_threats", relationship="online", occasions=5,
    text="""\
CAD 0931 22/02
0931 RP Tom BRENNAN, 19. Says male he knows from an online game (Discord name 'Vyper', RP believes real name Connor) has turned up outside his house. RP in house with mum. Male standing at end of drive looking at the house.
0933 RP states male has been obsessed w/ him for months, messages him 'all day every day' on Discord, knows his school, his girlfriend's name. RP blocked him in Jan, male made new accounts.
0934 RP states on 14/02 male sent him a voice message saying 'I'll find you and I'll cut your face up for blocking me'. And last night 2315 msg 'see you tomorrow, I've got something for you' with a photo of a knife.
0935 RP v scared, whispering, says 'I think he's going to hurt me'. Mum has locked doors.
0944 PC 7410 + 7719 on scene. Male detained on Grange Rd, identifies himself as Connor PEAKE, 22, travelled from Bristol by train. Lock knife in rucksack. Arrested - stalking s.4A + possession of bladed article.
1020 RP update: mum says he is not sleeping.
NB earlier in log '0933 knows his school' - RP says it's his college not school.""",
    spans=[
        ("STALK_TURN_UP", "has turned up outside his house"),
        ("STALK_LOITER", "Male standing at end of drive looking at the house"),
        ("FIXATION", "male has been obsessed w/ him for months"),
        ("STALK_CONTACT", "messages him 'all day every day' on Discord"),
        ("STALK_MONITOR", "knows his school, his girlfriend's name"),
        ("UNWANTED", "RP blocked him in Jan, male made new accounts"),
        ("THREAT_VIOLENCE", "'I'll find you and I'll cut your face up for blocking me'"),
        ("THREAT_VIOLENCE", "'see you tomorrow, I've got something for you' with a photo of a knife"),
        ("FEAR_OF_VIOLENCE", "RP v scared"),
        ("FEAR_OF_VIOLENCE", "I think he's going to hurt me"),
        ("DISTRESS", "mum says he is not sleeping"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="wg",
    pattern="bins_row_neighbour_racist_shouts_and_note_victim_not_afraid", relationship="neighbour", occasions=3,
    text="""\
OCC 30118 - NEIGHBOUR DISPUTE - BINS (opening) / RACIALLY AGG HARASSMENT (current)
10/07 1120 PC 2019 LEWIS: IP Mr Kwame ASANTE, 44, 5 Tern Court. SUSP Mr Gary BRIDGES, 50s, no.3. Dispute over bins left on the shared path. IP says susp has been 'abusive' several times.
10/07 1135: IP gave the following. 1) 21/06 susp shouted at IP in front of IP's kids 'move your f***ing bins you black b*stard'. 2) 28/06 susp said to IP over the wall 'your lot live like animals, go back to the jungle'. 3) 05/07 susp put a note through IP's door: 'THIS IS ENGLAND NOT AFRICA - BINS IN'. Note retained - exhibit KA/1.
10/07 1140: IP says he's not frightened of susp, 'he's an old drunk', but he is angry and upset for his children who heard it. No change to IP's routine.
10/07 1300 PC 2019: W1 Mrs Joan PEEL (no.7) confirms hearing 21/06 - 'he called him the b-word and the n-word, I went back inside'. Correction - IP didn't mention the n-word, W1 says it was used. Taken as part of 21/06.
11/07 PC 2019: susp spoken to, admits the note, says 'it's about the bins, not race'. Racial content of the note and the words on 21/06 and 28/06 show hostility based on race/colour/origin whatever he says his motive was.
11/07 Sgt: three occasions over two weeks, abuse aimed at IP. Bins are the issue, no fixation - not stalking. Racially aggravated harassment s.32(1)(a) CDA. Refer to hate crime coordinator. Council env health re the bins - separate.
12/07 unrelated: IP's car window smashed night of 11/07 - linked? IP doesn't think so, CCTV shows a stranger. Separate crime 30127.""",
    spans=[
        ("STALK_CONTACT", "susp shouted at IP in front of IP's kids"),
        ("RACIAL_HOSTILITY", "'move your f***ing bins you black b*stard'"),
        ("RACIAL_HOSTILITY", "'your lot live like animals, go back to the jungle'"),
        ("STALK_CONTACT", "susp put a note through IP's door"),
        ("RACIAL_HOSTILITY", "'THIS IS ENGLAND NOT AFRICA - BINS IN'"),
        ("DISTRESS", "he is angry and upset for his children who heard it"),
        ("RACIAL_HOSTILITY", "he called him the b-word and the n-word"),
        ("REPETITION", "three occasions over two weeks"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="clean", batch="wg",
    pattern="regular_customer_anti_sikh_abuse_four_visits_to_off_licence", relationship="customer", occasions=4,
    text="""\
Crime summary - Religiously/racially aggravated harassment - OIC PC 1150 Ward
Victim Mr Harjit Singh Bains runs the off licence at 88 Stanley Road. The suspect, Mr Terence Hollis, is a regular.
The first call (4 Nov) was logged as a 'drunk customer' and closed. It was in fact the fourth time. From the victim, his son and CCTV:
- 12 Oct: suspect refused alcohol (drunk), called the victim 'a towel-headed terrorist' and said 'your religion should be banned'.
- 19 Oct: came back sober, bought tobacco, then pulled at the victim's turban on his way out and laughed.
- 26 Oct: stood at the counter shouting about 'Sikhs and Muslims, all the same, taking over'.
- 4 Nov: refused again, spat on the counter, called him a 'turban t*sser'.
Mr Bains says he isn't frightened of the man, but he is upset and humiliated that it happens in front of customers. He has not changed anything about how he runs the shop.
Each occasion is hostile to the victim's religion (and his race/origin). Four occasions in three and a half weeks targeting the same man in his shop. Harassment, racially/religiously aggravated. Not stalking - it is his local shop.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "called the victim 'a towel-headed terrorist'"),
        ("RELIGIOUS_HOSTILITY", "said 'your religion should be banned'"),
        ("RELIGIOUS_HOSTILITY", "pulled at the victim's turban on his way out and laughed"),
        ("RELIGIOUS_HOSTILITY", "shouting about 'Sikhs and Muslims, all the same, taking over'"),
        ("RELIGIOUS_HOSTILITY", "called him a 'turban t*sser'"),
        ("DISTRESS", "he is upset and humiliated that it happens in front of customers"),
        ("REPETITION", "Four occasions in three and a half weeks"),
    ],
)

case(
    27, "aggravated_harassment", "CRD",
    voice="updates", case="lower", noise="redacted", batch="wg",
    pattern="anti_polish_letters_through_door_family_changes_routine", relationship="acquaintance", occasions=3,
    text="""\
log 4471-B upd
[date redacted] 0910 - reported by ip [NAME 1], polish national, lives w/ husband and 2 children at [ADDRESS 1]. three handwritten letters pushed through her door over approx 3 weeks. opened as 'malicious comms'.
0930 - letters seen. letter 1: 'POLISH SCUM GO HOME WE DONT WANT YOU HERE'. letter 2: 'your taking our houses and our jobs, f*** off back to poland'. letter 3 (last tues): 'last warning to the e. european vermin at no 14'. no threats of violence in the wording - 'last warning' not followed by anything.
0945 - ip's husband [NAME 2] installed a ring doorbell after letter 2. footage of letter 3 shows male, 60s, walking stick. ip recognises him as [NAME 3] who she sees at the bus stop, they have spoken once about the weather. no other dealings.
1100 - pc [REDACTED] upd: correction - the earlier line says 'over approx 3 weeks'. ip has found the dates on the ring app: 3 letters on 2nd, 9th and 20th. so 18 days.
1115 - ip says she is not scared of 'an old man' but since letter 2 she won't let the children play in the front garden, has fitted a letterbox cage (£45) and the children now go out the back way to school so they don't see anything on the mat. ip has been tearful.
1400 - [NAME 3] identified from ring footage by pcso who knows him. no pnc.
next day - interviewed VA, admits letters, 'saying what everyone thinks'.
sgt note: 3 occasions, abuse about nationality/national origin = hostility. contact only (letters), no sign of any interest in ip beyond her being polish - harassment, racially agg. changes to the family's routine noted for the file (s.2 has no distress limb but relevant for sentence). file to cps.""",
    spans=[
        ("STALK_CONTACT", "three handwritten letters pushed through her door"),
        ("RACIAL_HOSTILITY", "'POLISH SCUM GO HOME WE DONT WANT YOU HERE'"),
        ("RACIAL_HOSTILITY", "'your taking our houses and our jobs, f*** off back to poland'"),
        ("RACIAL_HOSTILITY", "'last warning to the e. european vermin at no 14'"),
        ("REPETITION", "3 letters on 2nd, 9th and 20th"),
        ("SERIOUS_IMPACT", "she won't let the children play in the front garden"),
        ("SERIOUS_IMPACT", "has fitted a letterbox cage (£45)"),
        ("SERIOUS_IMPACT", "the children now go out the back way to school"),
        ("DISTRESS", "ip has been tearful"),
    ],
)

case(
    28, "aggravated_harassment", "CR",
    voice="mo_field", case="mixed", noise="abbrev", batch="wg",
    pattern="fantasy_league_member_racist_dms_after_group_argument", relationship="online", occasions=6,
    text="""\
MO: SUSP (known to IP via an online football forum and a fantasy league WhatsApp group, never met) sent IP a series of direct messages over 8 days (3/3-10/3) after IP disagreed with him in the group. Messages refer to IP as 'p**i', tell him 'go back to Karachi', and mock his name and accent in voice notes. Approx 25 msgs across 6 of the 8 days. IP left the group 7/3, SUSP continued by DM. No threats. IP annoyed - 'I'm not bothered by him personally but it's racist and he needs telling'. Not stalking - limited to the falling-out in the group. Race hostility clear. HARASSMENT - RACIALLY AGGRAVATED.""",
    spans=[
        ("STALK_CONTACT", "sent IP a series of direct messages"),
        ("REPETITION", "over 8 days (3/3-10/3)"),
        ("RACIAL_HOSTILITY", "refer to IP as 'p**i'"),
        ("RACIAL_HOSTILITY", "tell him 'go back to Karachi'"),
        ("RACIAL_HOSTILITY", "mock his name and accent in voice notes"),
        ("REPETITION", "Approx 25 msgs across 6 of the 8 days"),
        ("STALK_CONTACT", "SUSP continued by DM"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="wg",
    pattern="landlord_chasing_rent_sends_racist_texts_alongside_lawful_letters", relationship="landlord", occasions=4,
    text="""\
Supervisor review - 11/05 - Insp 330 Garner
Occ recorded as 'landlord/tenant - civil' and NFA'd by first OIC.
IP Mr Abdi WARSAME rents a room at 17 Cedar St from SUSP Mr Nigel PROCTOR. IP is 2 months behind on rent.
A landlord chasing rent is acting lawfully and some of the contact is just that (two letters 2/4 + 16/4, fine). The texts are another matter:
- 3/4 'pay up or get out, you lot think everything comes free'
- 10/4 'go back to Somalia if you can't pay your way you p*rate'
- 18/4 'Im not running a charity for refugees and terrorists. Pay.'
- 25/4 IP received a voicemail calling him a 'black scrounger'.
Four messages, four different dates, three of them openly about IP's race/nationality and the 'you lot' one read in that light.
No threats, no visits other than one pre-arranged inspection (lawful). IP says it makes him feel 'like dirt' but he has stayed put. Earlier OIC wrote that IP had 'moved out' - wrong, confirmed with IP today he is still there.
No fixation - money is the issue. Harassment, racially aggravated (s.32). The letters and the inspection are not part of the course.""",
    spans=[
        ("STALK_CONTACT", "'pay up or get out, you lot think everything comes free'"),
        ("RACIAL_HOSTILITY", "'go back to Somalia if you can't pay your way you p*rate'"),
        ("RACIAL_HOSTILITY", "'Im not running a charity for refugees and terrorists. Pay.'"),
        ("RACIAL_HOSTILITY", "calling him a 'black scrounger'"),
        ("REPETITION", "Four messages, four different dates"),
        ("DISTRESS", "it makes him feel 'like dirt'"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="updates", case="inconsistent", noise="heavy", batch="wg",
    pattern="anti_chinese_neighbour_threats_to_burn_out_family_sleeps_at_back", relationship="neighbour", occasions=4,
    text="""\
UPD LOG occ 88214 - opened as 'CRIMINAL DAMAGE - egg on window'
01/03 1930 pc 4471: IP Mr Wei ZHANG (45) + wife, 31 Bramble Way. eggs thrown at front window approx 1900. IP believes neighbour no.33 Shane CULLEN. no witnesses tonite.
02/03 1100 PC 4471: IP came to station with his daughter (interpreting, 16). Says this is not the first thing. since Jan:
- 14/01 CULLEN shouted 'go back to china and take your virus with you' across street
- 02/02 CULLEN shouted from the pavement as IP got out of his car, CULLEN said 'you chinks better move or I'll burn you out'
- 20/02 CULLEN made 'ching chong' noises from his garden + shouted 'I'll smash your face in you yellow c***' while IP was putting out bins
- 01/03 eggs (above)
02/03 1115 IP says he is frightened for his safety and thinks Cullen will set fire to the house - the family now sleep downstairs at the back and he has bought fire extinguishers and a smoke alarm for every room. daughter says her dad wont go in the front garden after dark.
02/03 1130 pc 4471: CORRECTION to entry of 01/03 - IP said eggs 'about 1900' but doorbell cam shows 1847. Also 01/03 was NOT the first report - there was a call 02/02 (CAD 119) closed as 'neighbour dispute, words exchanged'. Should have been linked.
03/03 pc 4471: W2 Mrs Carol BENN (no.29) confirms 20/02 shouting and the 'ching chong' noises, she 'was ashamed'.
03/03 note: dog fouling complaint from IP about no.35 (2023) on system - unrelated.
04/03 SGT 5509: 4 occasions incl eggs. threats 02/02 + 20/02, IP in fear of violence (believes he'll be burned out). racial hostility throughout. not stalking - no fixation beyond the hostility, no following/monitoring. RACIALLY AGGRAVATED HARASSMENT (fear of violence) s.4 PHA / s.32 CDA. arrest CULLEN. flag address, fire service home safety visit requested.""",
    spans=[
        ("STALK_PROPERTY", "eggs thrown at front window"),
        ("RACIAL_HOSTILITY", "shouted 'go back to china and take your virus with you' across street"),
        ("RACIAL_HOSTILITY", "said 'you chinks"),
        ("THREAT_VIOLENCE", "better move or I'll burn you out"),
        ("RACIAL_HOSTILITY", "made 'ching chong' noises from his garden"),
        ("THREAT_VIOLENCE", "I'll smash your face in"),
        ("RACIAL_HOSTILITY", "you yellow c***"),
        ("FEAR_OF_VIOLENCE", "he is frightened for his safety and thinks Cullen will set fire to the house"),
        ("SERIOUS_IMPACT", "the family now sleep downstairs at the back"),
        ("SERIOUS_IMPACT", "he has bought fire extinguishers and a smoke alarm for every room"),
        ("SERIOUS_IMPACT", "her dad wont go in the front garden after dark"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="abbrev", batch="wg",
    pattern="youth_at_garage_kiosk_anti_muslim_abuse_and_threats_to_night_cashier", relationship="stranger", occasions=3,
    text="""\
CAD 5580 - 19/09 2147 - HATE INCIDENT / ASB YOUTHS (OPENING)
2147 CALLER MRS SAIMA QURESHI, NIGHT CASHIER AT SHELL GARAGE LONDON RD. GROUP OF 4 YOUTHS AT KIOSK WINDOW AGAIN. ONE OF THEM (WHITE MALE, RED HOODIE, SHE DOES NOT KNOW NAME) HAS PUT HIS FACE TO THE GLASS AND SAID 'TAKE THAT RAG OFF YOUR HEAD OR WE'LL TAKE IT OFF FOR YOU'.
2149 CALLER STATES SAME MALE HAS BEEN 3 TIMES THIS WEEK. MON 16/09 HE CALLED HER 'TALIBAN B*TCH' AND SPAT AT THE GLASS. WED 18/09 SAID 'WE'RE GONNA WAIT FOR YOU AFTER YOUR SHIFT, SEE HOW BRAVE YOU ARE THEN' AND THE GROUP SAT ON THE WALL BY THE AIR PUMP TILL AFTER 11.
2150 CALLER V FRIGHTENED, SAYS SHE IS TERRIFIED THEY WILL ATTACK HER WHEN SHE LEAVES AT 0600.
2230 PC 3381 ATTENDED. MALE IN RED HOODIE IDENTIFIED FROM CCTV BY PCSO AS LIAM FORD (17).
2235 CORRECTION TO 2149 ENTRY: CALLER FIRST SAID MON WAS 15/09, FOOTAGE CONFIRMS 16/09.
2240 PC 3381: THREATS ON 18/09 AND 19/09, ABUSE ABOUT HER RELIGION ON ALL 3. CALLER IN FEAR OF VIOLENCE. RELIGIOUSLY AGG HARASSMENT S.4. FORD TO BE ARRESTED.""",
    spans=[
        ("REPETITION", "AT KIOSK WINDOW AGAIN"),
        ("THREAT_VIOLENCE", "SAID 'TAKE THAT RAG OFF YOUR HEAD OR WE'LL TAKE IT OFF FOR YOU'"),
        ("REPETITION", "SAME MALE HAS BEEN 3 TIMES THIS WEEK"),
        ("RELIGIOUS_HOSTILITY", "HE CALLED HER 'TALIBAN B*TCH'"),
        ("THREAT_VIOLENCE", "'WE'RE GONNA WAIT FOR YOU AFTER YOUR SHIFT, SEE HOW BRAVE YOU ARE THEN'"),
        ("STALK_LOITER", "THE GROUP SAT ON THE WALL BY THE AIR PUMP TILL AFTER 11"),
        ("FEAR_OF_VIOLENCE", "SHE IS TERRIFIED THEY WILL ATTACK HER WHEN SHE LEAVES AT 0600"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="judgment", case="mixed", noise="clean", batch="wg",
    pattern="builders_merchant_colleague_antisemitic_campaign_knife_victim_leaves_job", relationship="colleague", occasions=4,
    text="""\
R v Darren Pollitt - sentencing remarks (extract), HHJ Okonjo
Mr Pollitt, you pleaded guilty on the day of trial, so you get limited credit. I must correct one thing in the prosecution opening: it was put as three incidents; the agreed basis is four.
Mr Daniel Rosen worked alongside you at the builders' merchant in Stockport. Between August and October last year you subjected him to a campaign because he is Jewish. You drew a swastika on his locker. You told him, in front of others, that 'Hitler should have finished the job'. On 2 September you told him you would 'put him in the oven' yourself, and on 30 September, in the yard, you held a Stanley knife near his face and said 'Israel's not here to protect you now, Jew boy'.
Mr Rosen says he believed you would hurt him; I accept that. He stopped using the staff canteen, changed his shift pattern to avoid you, and in November left a job he had held for eleven years. He is now working further from home for less money.
This was racially and religiously aggravated harassment which put him in fear of violence on more than one occasion.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "You drew a swastika on his locker"),
        ("RELIGIOUS_HOSTILITY", "'Hitler should have finished the job'"),
        ("THREAT_VIOLENCE", "you would 'put him in the oven' yourself"),
        ("THREAT_VIOLENCE", "you held a Stanley knife near his face"),
        ("RELIGIOUS_HOSTILITY", "'Israel's not here to protect you now, Jew boy'"),
        ("FEAR_OF_VIOLENCE", "he believed you would hurt him"),
        ("SERIOUS_IMPACT", "He stopped using the staff canteen, changed his shift pattern to avoid you"),
        ("SERIOUS_IMPACT", "left a job he had held for eleven years"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="lower", noise="typos", batch="wg",
    pattern="flatmates_friend_anti_polish_knife_threat_calls_after_landlord_told", relationship="acquaintance", occasions=3,
    text="""\
pnb - pc 2716 - 30/01 1420 - nowak, flat 4 ribble house
ip marek NOWAK states lee SUTTON (drank w/ ip's flatmate, ip knows him 'a bit') has rung him 3 times since sat. sat 25/1 2300 'you polish c*** ill knife you if i see you round here'. mon 27/1 0140 'eastern euro scum, your getting stabbed'. today 1310 just shouting abuse down the phone, polish this polish that, no threat today. origin of it - ip told the landlord sutton was sleeping on the sofa.
ip v frightened, says sutton carries a blade, 'i believe him, he is crazy man'. ip has kept his door on the chain.
call log on ip's phone photographed - 3 calls from same number (ends 441).
ip didnt report sat because 'police do nothing'. adv.
sutton pnc - poss blade 2019.
note for oic: ip's english ok but asked for polish interp for stmt - booked 31/01 1000.""",
    spans=[
        ("STALK_CONTACT", "has rung him 3 times since sat"),
        ("RACIAL_HOSTILITY", "you polish c***"),
        ("THREAT_VIOLENCE", "ill knife you if i see you round here"),
        ("RACIAL_HOSTILITY", "eastern euro scum"),
        ("THREAT_VIOLENCE", "your getting stabbed"),
        ("RACIAL_HOSTILITY", "just shouting abuse down the phone, polish this polish that"),
        ("FEAR_OF_VIOLENCE", "ip v frightened"),
        ("FEAR_OF_VIOLENCE", "i believe him, he is crazy man"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="redacted", batch="wg",
    pattern="father_in_law_anti_muslim_threats_wedding_and_doorstep_texts_between", relationship="family", occasions=8,
    text="""\
Crime summary - [OIC REDACTED]
Recorded on first contact as a 'family dispute - verbal'. It is more than that. The facts below are pieced together from the IP's 999 call, his statement and his wife's statement; they came in out of order.
IP: Yusuf [REDACTED], 32. SUSP: his father-in-law, [NAME 1], 64. IP married SUSP's daughter Claire in June; SUSP opposed the marriage because IP is Muslim and has refused to meet him.
(a) 999 call 14 Oct: SUSP turned up at IP and Claire's home, shouted at IP on the doorstep that he was 'a terrorist who'd brainwashed' his daughter, and said 'I'll put you in hospital before I let you turn her into one of you'. Left before police arrived.
(b) IP's statement adds the wedding day, 18 June: SUSP came to the reception uninvited and told IP 'your lot blow people up - stay away from my family or I'll break your neck'. IP did not report it at the time.
(c) Claire's statement adds texts SUSP sent to IP between July and September - six of them, calling Islam 'a death cult' and IP a 'dirty P***' (IP is of Pakistani heritage).
(d) IP says on 14 Oct SUSP also said 'I've told you before what I'll do'. IP takes that as a reference to the wedding day.
IP in his statement: 'After the doorstep I was scared he'd actually attack me. He's a big man and he's been to prison for violence.' He has not changed his routines but keeps his phone on him at home.
The threats on 18 June and 14 Oct, months apart, are connected by subject and by SUSP's own words linking them; the texts in between bridge the gap and there has been no reconciliation. Hostility is religious and racial. Not stalking - SUSP is focused on the marriage, not on monitoring or pursuing IP.
Charge sought: s.4 PHA, racially/religiously aggravated.""",
    spans=[
        ("STALK_TURN_UP", "SUSP turned up at IP and Claire's home"),
        ("RELIGIOUS_HOSTILITY", "'a terrorist who'd brainwashed' his daughter"),
        ("THREAT_VIOLENCE", "'I'll put you in hospital before I let you turn her into one of you'"),
        ("RELIGIOUS_HOSTILITY", "'your lot blow people up"),
        ("THREAT_VIOLENCE", "stay away from my family or I'll break your neck"),
        ("STALK_CONTACT", "texts SUSP sent to IP between July and September"),
        ("RELIGIOUS_HOSTILITY", "calling Islam 'a death cult'"),
        ("RACIAL_HOSTILITY", "a 'dirty P***'"),
        ("REPETITION", "'I've told you before what I'll do'"),
        ("FEAR_OF_VIOLENCE", "I was scared he'd actually attack me"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="wg",
    pattern="ex_boyfriend_visits_pharmacy_work_racist_messages_and_snapchat_post", relationship="ex_partner", occasions=12,
    text="""\
OCC 41902 upd log - opened as 'DOMESTIC - NON CRIME'
03/08 1015 PC 2110: IP Nadia HUSSAIN, ex-partner SUSP Ryan COLE. Rel 18 months, IP ended it 12/07. IP called as she wants 'something on record'.
03/08 1030: since the split SUSP has: turned up at IP's work (Boots, Market St) on 15/07, 22/07 and 29/07 asking staff to fetch her; rung her from withheld numbers most nights; sent messages saying 'you were nothing before me you dirty p*ki' and 'go marry your cousin then'; messaged her sister asking who IP is 'seeing now'.
03/08 1045: IP showed Snapchat story SUSP posted 30/07 - photo of IP with 'watch out lads, this one's a p*ki gold digger' (IP's friend screenshotted it).
03/08 1100: IP: 'I'm not frightened of Ryan, he's pathetic, he cries when he's drunk. I just want him to stop.' No threats of violence in anything seen. IP has not changed her shifts or routines; she says she refuses to.
03/08 1130 PC 2110: CORRECTION - entry at 1030 says work visits were 15, 22 and 29/07. IP's manager has checked and there was a fourth, 08/07 - before the split was final? IP says they were finished by then in all but name. Either way 3+ visits after 12/07.
03/08 1300: nothing about property/money between them, no children. SUSP's behaviour is about IP not accepting it's over + racial abuse throughout.
04/08 Sgt 4471: ex-partner, repeated turning up at work, contact, checking up on her via her sister, publishing about her - stalking. Racial hostility clear in messages + post. No F, no concrete change. AGGRAVATED STALKING (s.2A + s.32). DASH: medium. Arrest SUSP.
04/08 unrelated: IP asked about a parking fine at work - told her we can't help with that.""",
    spans=[
        ("STALK_TURN_UP", "turned up at IP's work (Boots, Market St)"),
        ("REPETITION", "on 15/07, 22/07 and 29/07"),
        ("STALK_CONTACT", "rung her from withheld numbers most nights"),
        ("RACIAL_HOSTILITY", "'you were nothing before me you dirty p*ki'"),
        ("RACIAL_HOSTILITY", "'go marry your cousin then'"),
        ("STALK_MONITOR", "messaged her sister asking who IP is 'seeing now'"),
        ("STALK_PUBLISH", "Snapchat story SUSP posted 30/07"),
        ("RACIAL_HOSTILITY", "'watch out lads, this one's a p*ki gold digger'"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="typos", batch="wg",
    pattern="neighbour_logs_nurses_movements_photographs_visitors_racist_facebook_posts", relationship="neighbour", occasions=15,
    text="""\
CRIME SUMMARY - AGG STALKING - OIC PC 6110 Barker
Background: IP Mrs Grace ADEYEMI (52, nurse, British Nigerian) moved into 12 Pine Grove in Jan. SUSP Mr Keith MORLEY (67) lives opposite at no.15. There is no dispute between them about anything - no parking, boundary or noise issue has ever been raised by either. IP has spoken to him twice in total, to say hello.
What SUSP has done (IP's account + SUSP's own Facebook posts, which he hasnt deleted):
- keeps a written log of IP's comings and goings - found out when he posted a photo of a page of it on the 'Pine Grove Residents' Facebook group on 4 April, with the times she left for night shifts;
- photographs IP's visitors and their cars from his front window - IP's son saw him doing it on 3 occasions in March/April;
- posts about IP on the residents' group: 'another African who thinks the rules dont apply, night visitors at all hours at no12', 'we never had this sort round here before', 'ask yourself where her money comes from'. 11 posts between 20 Feb and 15 April, all about IP;
- on 9 April he photographed IP herself getting out of her car in her uniform and posted it with 'is this even a real nurse??'.
IP's words: 'It's humiliating, the whole street reads it. I'm not scared of him, he's an old man with nothing better to do. I'm not moving and I'm not changing anything.'
NB the first report (CAD 2214, 10/04) was logged as 'neighbour dispute'. There is no dispute - the conduct is one-way and is all about IP as a person.
Assessment: watching/logging, photographing, publishing - several kinds of act aimed at IP, fixation. Hostility to her race and origin in the posts. No threats, no concrete change. AGGRAVATED STALKING s.2A/s.32.
Actions: Facebook disclosure request; SUSP to be interviewed; consider SPO.""",
    spans=[
        ("STALK_MONITOR", "keeps a written log of IP's comings and goings"),
        ("STALK_PUBLISH", "posted a photo of a page of it on the 'Pine Grove Residents' Facebook group"),
        ("STALK_WATCH", "photographs IP's visitors and their cars from his front window"),
        ("REPETITION", "on 3 occasions in March/April"),
        ("STALK_PUBLISH", "posts about IP on the residents' group"),
        ("RACIAL_HOSTILITY", "another African who thinks the rules dont apply"),
        ("RACIAL_HOSTILITY", "'we never had this sort round here before'"),
        ("REPETITION", "11 posts between 20 Feb and 15 April, all about IP"),
        ("STALK_WATCH", "he photographed IP herself getting out of her car in her uniform"),
        ("STALK_PUBLISH", "posted it with 'is this even a real nurse??'"),
        ("DISTRESS", "It's humiliating, the whole street reads it"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="updates", case="lower", noise="abbrev", batch="wg",
    pattern="antisemitic_troll_fixates_on_cooking_creator_new_accounts_blog_employer_emails", relationship="online", occasions=30,
    text="""\
occ 2291/25 - online - opened as 'malicious comms'
08/05 pc 1440: ip Leah COHEN, 29, posts cooking videos on tiktok + insta. since early feb one user (later ID'd as Simon KEYS, 41) comments on every single post within minutes of it going up. comments: 'christ killer', 'zionist parasite', 'another jew lying about everything'.
08/05: ip blocks him, new acct appears within a day. ip has counted 9 accts.
08/05: he has also emailed ip's day job (she works for a housing assoc) 4 times complaining she is 'a zionist agent' and shouldn't be employed.
09/05 pc 1440: ip found he has made a blog about her, 'the Cohen files', with screenshots of her posts, + the name of her street (not number).
09/05: earlier entry says 'since early feb' - blog has a post dated 14 jan so it started before that.
10/05 pc 1440: ip says she isn't scared, 'he's a keyboard warrior', no threats anywhere. she's 'sick of it' and it's 'grinding' but still posting and going to work as normal.
10/05 sgt review: fixation obvious - every post, 9 accts, blog dedicated to her, emails to employer. religious hostility (antisemitic) throughout. aggravated stalking (s2A/s32). no f/d.""",
    spans=[
        ("STALK_CONTACT", "comments on every single post within minutes of it going up"),
        ("RELIGIOUS_HOSTILITY", "'christ killer', 'zionist parasite', 'another jew lying about everything'"),
        ("UNWANTED", "ip blocks him, new acct appears within a day"),
        ("REPETITION", "ip has counted 9 accts"),
        ("STALK_ORDERS", "emailed ip's day job (she works for a housing assoc) 4 times complaining"),
        ("RELIGIOUS_HOSTILITY", "'a zionist agent'"),
        ("STALK_PUBLISH", "he has made a blog about her, 'the Cohen files'"),
        ("STALK_MONITOR", "the name of her street (not number)"),
        ("DISTRESS", "she's 'sick of it' and it's 'grinding'"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="wg",
    pattern="supermarket_customer_fixated_on_cashier_racist_after_rejection_waits_in_car_park", relationship="customer", occasions=8,
    text="""\
Statement of witness - Mr Paul Edgerton, store manager, Lidl Fenton Road
I manage the store where Ms Mei Lin Chow works on the tills. This is about a customer, Stephen Rudd.
From early June Mr Rudd began coming in every day, sometimes twice, and would only use Mei Lin's till even when there was a queue and other tills were empty. He brought her things - a teddy, sweets, once a necklace in a box. He said 'she likes me, she's just shy'.
On 1 July Mei Lin told him herself she had a partner and wasn't interested. The next day he was back and at the till he called her a 'chinky tease' and said 'your lot are all the same, take the presents then play hard to get'. On 8 July he did the same thing and made slitty-eye gestures at her in front of the staff.
Twice in July staff saw him waiting in the car park at the end of her shift, and once he followed her car out in his.
Mei Lin is fed up and embarrassed. She said to me she's not frightened, 'he's all talk', and she has kept her shifts as they were.""",
    spans=[
        ("STALK_TURN_UP", "Mr Rudd began coming in every day, sometimes twice"),
        ("FIXATION", "would only use Mei Lin's till even when there was a queue and other tills were empty"),
        ("STALK_GIFTS", "He brought her things - a teddy, sweets, once a necklace in a box"),
        ("FIXATION", "He said 'she likes me, she's just shy'"),
        ("UNWANTED", "Mei Lin told him herself she had a partner and wasn't interested"),
        ("RACIAL_HOSTILITY", "called her a 'chinky tease'"),
        ("RACIAL_HOSTILITY", "'your lot are all the same, take the presents then play hard to get'"),
        ("RACIAL_HOSTILITY", "made slitty-eye gestures at her in front of the staff"),
        ("STALK_LOITER", "Twice in July staff saw him waiting in the car park at the end of her shift"),
        ("STALK_FOLLOW", "he followed her car out in his"),
        ("DISTRESS", "Mei Lin is fed up and embarrassed"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="updates", case="inconsistent", noise="heavy", batch="wg",
    pattern="ex_girlfriend_waits_at_flat_six_times_one_racist_threat_victim_not_afraid", relationship="ex_partner", occasions=12,
    text="""\
OCC 5518/2 - UPD - opened as 'THREATS - SINGLE INCIDENT' (?)
17/11 0830 PC 9021: RP Kofi MENSAH 30. Ex g/f Danielle SHAW 28. rel 2 yrs, he ended it 1 Oct. RP says she threatened him last night, called in because his work told him to.
17/11 0845: RP says last night (16/11) SHAW was waiting outside his flat when he got home from gym at 2130, said 'you think you can just bin me off? i'll get my brother to stab you, you african c***'. RP went inside, she left.
17/11 0900 - RP now says this wasnt the first time she came to the flat. has been there 'loads' since october. asked him for dates - he has them in his phone notes: 4/10, 11/10, 19/10, 2/11, 9/11, 16/11. each time waits in the stairwell or by his car.
17/11 0910: msgs - RP showed 'youll always be mine', 'no one will love you like me', 'go back to your village then', 'monkey'. 60+ msgs. blocked her 20/10, she now uses her friend's phone.
17/11 0915: she also sent a pizza delivery to his work 3 times 'as a joke' in his name.
17/11 0930: RP says the threat was 'out of order' and it 'shook him up a bit' but he doesnt think she would actually do anything or that her brother would ('her brother's 15 and lives in Spain'). Only threat there's ever been. RP says he feels anxious and is not sleeping great but still going to work + gym, same times.
17/11 0935 - irrelevant: RP asked about his bike stolen in Sept (crime 4410) - no update.
17/11 1000 pc 9021 CORRECTION: entry 0845 says 2130, RP's door cam says 2141.
18/11 SGT 2233: opened as single threat - wrong. ex-partner, 6 visits, 60+ msgs after block, fixation ('always be mine'), orders in his name = stalking. one threat only so not s.4A fear. racial abuse in msgs + threat = s.32. no concrete change in routine. AGGRAVATED STALKING s.2A. arrest.""",
    spans=[
        ("STALK_LOITER", "SHAW was waiting outside his flat when he got home from gym"),
        ("THREAT_VIOLENCE", "i'll get my brother to stab you"),
        ("RACIAL_HOSTILITY", "you african c***"),
        ("REPETITION", "4/10, 11/10, 19/10, 2/11, 9/11, 16/11"),
        ("STALK_LOITER", "each time waits in the stairwell or by his car"),
        ("FIXATION", "'youll always be mine'"),
        ("FIXATION", "'no one will love you like me'"),
        ("RACIAL_HOSTILITY", "'go back to your village then', 'monkey'"),
        ("REPETITION", "60+ msgs"),
        ("UNWANTED", "blocked her 20/10, she now uses her friend's phone"),
        ("STALK_ORDERS", "sent a pizza delivery to his work 3 times 'as a joke' in his name"),
        ("DISTRESS", "it 'shook him up a bit'"),
        ("DISTRESS", "he feels anxious and is not sleeping great"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSRFD",
    voice="dash_note", case="mixed", noise="typos", batch="wg",
    pattern="ex_partner_racist_religious_abuse_follows_to_new_address_knife_shown_victim_leaves_home", relationship="ex_partner", occasions=8,
    text="""\
DASH risk narrative + crime note - OIC DC 4412 Ferris
IP Anita KAUR, 38. SUSP Mark ELLISON, 41, ex-partner (5 yrs, seperated Aug). She says the racial abuse was there in the relationship but got much worse after she left.
Since seperation (IP gave it in bits; she first put the knife in September, it was October):
- near-daily texts and calls Aug-Oct, IP estimates 300+; 'you belong to me', mixed with 'dirty p*ki', 'go back to your temple and your curry house family'.
- 11/09 he followed her from work to her new address, which she'd kept from him.
- 24/09 at her door: 'if you call the police I'll cut that turban-wearing brother of yours and then you'.
- 15/10 in the Tesco car park he showed her a knife in his jacket and said 'this is for you, p*ki'.
- 27/10 dead bird left on her doorstep, IP believes this was him.
IP: 'I'm scared for my life. I really think he'll kill me.' She has had a panic alarm fitted by the council and is now staying with her cousin.
DASH HIGH (19), MARAC made.
Crime: ex-partner, fixation, following, turning up; threats 24/09 + 15/10, she fears violence; racial/religious hostility. AGGRAVATED STALKING s.4A (fear + serious alarm/distress).""",
    spans=[
        ("ESCALATION", "got much worse after she left"),
        ("STALK_CONTACT", "near-daily texts and calls Aug-Oct, IP estimates 300+"),
        ("FIXATION", "'you belong to me'"),
        ("RACIAL_HOSTILITY", "'dirty p*ki', 'go back to your temple and your curry house family'"),
        ("STALK_FOLLOW", "he followed her from work to her new address, which she'd kept from him"),
        ("STALK_TURN_UP", "24/09 at her door"),
        ("THREAT_VIOLENCE", "'if you call the police I'll cut that turban-wearing brother of yours and then you'"),
        ("THREAT_VIOLENCE", "he showed her a knife in his jacket and said 'this is for you, p*ki'"),
        ("STALK_PROPERTY", "dead bird left on her doorstep"),
        ("FEAR_OF_VIOLENCE", "I'm scared for my life. I really think he'll kill me."),
        ("SERIOUS_IMPACT", "She has had a panic alarm fitted by the council and is now staying with her cousin"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="updates", case="mixed", noise="abbrev", batch="wg",
    pattern="resident_landlord_enters_black_tenants_flat_racist_notes_she_gives_up_tenancy", relationship="landlord", occasions=12,
    text="""\
OCC 12077 - upd - opened as 'landlord dispute - civil'
05/12 1410 PC 381 DEAN: IP Ms Chantelle BROWN (26) rents top-floor flat, 9 Albion Terrace, from SUSP Mr Roy FENWICK (60) who lives on the ground floor. IP up to date with rent - FENWICK confirms no arrears and no complaint about her as a tenant.
05/12 1425: IP says since Sept FENWICK: lets himself into her flat when she is at work (she's found her underwear drawer gone through, her bed sat on, a mug washed up that she left dirty) - no notice given ever; asks her every evening where she's been and who with; has moved a chair into the hallway by the front door and sits there when she comes in; left notes on her door - 'black girls like you should be grateful someone gives you a roof', and 'I know you have men up there, your kind always do'.
05/12 1440: IP changed the lock on her flat door on 20/11 (with a letter to FENWICK). On 22/11 the new lock had been drilled out.
05/12 1440: IP changed the lock on her flat door on 20/11 (with a letter to FENWICK). On 22/11 the new lock had been drilled out. [entered twice - PC 381]
05/12 1500 PC 381: earlier in log it says 'notes x2'. IP has 5, brought them in - exhibits CB/1-5. Three of the five have racial content.
05/12 1510: IP isn't saying he's threatened her and she says she isn't afraid he'll hurt her, but she has felt 'violated', she hasn't slept in her flat since 28/11 - staying at her friend's in Hove - and she has given notice and is moving out 31/12. She has also had to take 2 weeks' unpaid leave.
06/12 note: the 'civil' tag is wrong. Entry without notice is not a lawful inspection.
06/12 Sgt 1610: fixation on IP, entering her home, property interference (lock), monitoring her movements, sitting in wait at the door, notes - stalking. Racial hostility in the notes. Concrete change: leaving the flat/giving up her tenancy + unpaid leave. AGGRAVATED STALKING s.4A (serious alarm/distress limb). Arrest, consider burglary too. Refer to council private housing team.""",
    spans=[
        ("STALK_PROPERTY", "lets himself into her flat when she is at work"),
        ("STALK_PROPERTY", "she's found her underwear drawer gone through"),
        ("STALK_MONITOR", "asks her every evening where she's been and who with"),
        ("STALK_LOITER", "has moved a chair into the hallway by the front door and sits there when she comes in"),
        ("RACIAL_HOSTILITY", "'black girls like you should be grateful someone gives you a roof'"),
        ("RACIAL_HOSTILITY", "'I know you have men up there, your kind always do'"),
        ("STALK_PROPERTY", "the new lock had been drilled out"),
        ("REPETITION", "IP has 5, brought them in"),
        ("DISTRESS", "she has felt 'violated'"),
        ("SERIOUS_IMPACT", "she hasn't slept in her flat since 28/11 - staying at her friend's in Hove"),
        ("SERIOUS_IMPACT", "she has given notice and is moving out 31/12"),
        ("SERIOUS_IMPACT", "She has also had to take 2 weeks' unpaid leave"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="statement", case="mixed", noise="clean", batch="wg",
    pattern="stranger_on_commute_targets_woman_in_hijab_follows_to_office_threatens_twice", relationship="stranger", occasions=4,
    text="""\
Statement - Ms Fatima Begum (additional, 21 March)
A man in a green parka first spoke to me on the platform at Oakwood station on Monday 3 March. He said 'you people should take that thing off your head in this country'.
On Thursday 6 March he was on the platform again, and he got into my carriage and stood by me the whole way. When I got off at Harrow Lane he got off too and walked behind me to the end of the road where my office is. He said 'I know where you work now, Muslim b*tch'.
On Tuesday 11 March he was waiting by the ticket barriers in the morning. He said 'next time I'll rip that rag off and you'll get a kicking with it'. On the 13th he followed me from the station to the bus stop and said 'you won't see me coming'.
I was frightened the whole time after the 6th. I truly believe he is going to attack me. I still go the same way, I have no other way, but I look over my shoulder all the time.
On the phone I said the 4th and the 7th - it was the 3rd and the 6th.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "'you people should take that thing off your head in this country'"),
        ("STALK_FOLLOW", "he got into my carriage and stood by me the whole way"),
        ("STALK_FOLLOW", "he got off too and walked behind me to the end of the road where my office is"),
        ("STALK_MONITOR", "I know where you work now"),
        ("RELIGIOUS_HOSTILITY", "Muslim b*tch"),
        ("STALK_LOITER", "he was waiting by the ticket barriers in the morning"),
        ("THREAT_VIOLENCE", "'next time I'll rip that rag off and you'll get a kicking with it'"),
        ("STALK_FOLLOW", "he followed me from the station to the bus stop"),
        ("THREAT_VIOLENCE", "'you won't see me coming'"),
        ("FEAR_OF_VIOLENCE", "I was frightened the whole time after the 6th"),
        ("FEAR_OF_VIOLENCE", "I truly believe he is going to attack me"),
        ("DISTRESS", "I look over my shoulder all the time"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="supervisor_review", case="lower", noise="typos", batch="wg",
    pattern="passed_over_planning_colleague_monitors_rival_false_hr_complaints_racist_transfer", relationship="colleague", occasions=10,
    text="""\
sup review - ds 818 kent - 22/06
the headline on the log ('workplace bullying - refer HR') undersells this.
ip Rajesh PILLAI (indian national, 3 yrs at the council planning dept). susp Gavin STOKES, same team, passed over for the job ip got in jan.
in order:
- feb-apr: stokes forwards ip's emails to himself, keeps a spreadsheet of ip's arrival/leave times and lunch breaks
- march: two anonymous complaints to HR saying ip faked his qualifications 'like they all do in india'
- 14/04 and 02/05: stokes photographed ip's house and car; ip never gave him the address
- repeated comments in the office calling ip 'the curry muncher' and 'bindi boy'
- 28/05 stokes messaged ip 'enjoy it while it lasts, you won't be in this country long'
ip not alleging threats to hurt him. ip has asked for and got a transfer to the leigh office (45 min further each way), and has taken his name off the staff directory and changed his route home. gp notes anxiety.
fixation + monitoring + false complaints + watching his home = stalking, not just bullying. racial hostility obvious. concrete changes = s4A serious alarm/distress. reclassify AGG STALKING s4A.""",
    spans=[
        ("STALK_MONITOR", "stokes forwards ip's emails to himself"),
        ("STALK_MONITOR", "keeps a spreadsheet of ip's arrival/leave times and lunch breaks"),
        ("STALK_ORDERS", "two anonymous complaints to HR saying ip faked his qualifications"),
        ("RACIAL_HOSTILITY", "'like they all do in india'"),
        ("REPETITION", "14/04 and 02/05"),
        ("STALK_WATCH", "stokes photographed ip's house and car"),
        ("RACIAL_HOSTILITY", "calling ip 'the curry muncher' and 'bindi boy'"),
        ("RACIAL_HOSTILITY", "'enjoy it while it lasts, you won't be in this country long'"),
        ("SERIOUS_IMPACT", "got a transfer to the leigh office (45 min further each way)"),
        ("SERIOUS_IMPACT", "taken his name off the staff directory and changed his route home"),
        ("DISTRESS", "gp notes anxiety"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="call_log", case="lower", noise="abbrev", batch="wg",
    pattern="language_app_match_racist_messages_threats_then_outside_student_halls", relationship="online", occasions=5,
    text="""\
cad 7719 28/08 1742
rp ms shabnam rahimi 22, afghan, student. says male she met on a language-exchange app, 'kyle', chatted for a month in spring then she stopped replying in june. since then he's messaged every day on 3 different apps calling her 'terrorist sl*t' and 'taliban bride'.
1744 rp says on 15/08 he sent 'i know you live in halls on brook st, ill be waiting, you f***ing afghan, you'll get what's coming'.
1745 today 1700 he was outside her halls, she saw him from window, he held up his phone showing a pic of her. he left.
1746 rp says on 21/08 msg 'youll end up in a ditch like the rest of your people'.
1747 rp crying, v frightened, 'i think he wants to kill me'. has locked door, flatmate with her.
1748 p1 - units.
1750 desc of male from profile pics (attached to log by rp).
1815 upd pc 2291: rp says they met in person once, a coffee in april, that's the only time.""",
    spans=[
        ("UNWANTED", "she stopped replying in june"),
        ("STALK_CONTACT", "he's messaged every day on 3 different apps"),
        ("RACIAL_HOSTILITY", "calling her 'terrorist sl*t' and 'taliban bride'"),
        ("STALK_MONITOR", "i know you live in halls on brook st"),
        ("THREAT_VIOLENCE", "ill be waiting, you f***ing afghan, you'll get what's coming"),
        ("STALK_LOITER", "he was outside her halls"),
        ("STALK_WATCH", "he held up his phone showing a pic of her"),
        ("THREAT_VIOLENCE", "'youll end up in a ditch like the rest of your people'"),
        ("DISTRESS", "rp crying"),
        ("FEAR_OF_VIOLENCE", "i think he wants to kill me"),
    ],
)
