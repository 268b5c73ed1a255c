# ruff: noqa: E501
"""Hand-written narratives, writer v: case files for charging."""

from corpora.handwritten import case

case(
    1, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="v",
    pattern="mg3_ex_turns_up_work_and_home_victim_changes_shifts", relationship="ex_partner", occasions=6,
    text="""\
MG3 - SUMMARY OF KEY EVIDENCE
Susp Callum DENHOLM (34) and IP Rhiannon Pryce (31) were in a relationship approx 4 yrs, sep Feb this yr at IP's instigation. No DA history on PNC prior.
Since sep the following is relied upon:
12/03 - susp waits outside IP's workplace (Bridgend retail park, Pets at Home) at end of shift 1730, asks to talk, IP declines.
19/03 - same, susp sat in his grey Astra in staff car park, IP's colleague Bethan TUCKER (MG11) saw him there "most of the afternoon".
26/03 & 02/04 - susp turns up at IP's mother's address in Pencoed where IP now stays, knocks for 10 mins, leaves a card through door.
Between 14/03-05/04 IP recd 63 calls from susp's number, blocked, then further calls from a withheld no. Susp admits in interview these were him.
08/04 - susp seen by neighbour walking past the address three times between 2100-2200.
Impact: IP has swapped to earlies only so she can leave in daylight, no longer drives herself, mother collects. GP has signed her off 2 wks for anxiety (see VPS).
Interview: susp accepts contact, says he "just wanted closure" and didnt think he was doing anything wrong.""",
    spans=[
        ("STALK_TURN_UP", "susp waits outside IP's workplace"),
        ("STALK_LOITER", "susp sat in his grey Astra in staff car park"),
        ("STALK_TURN_UP", "susp turns up at IP's mother's address in Pencoed"),
        ("REPETITION", "IP recd 63 calls from susp's number"),
        ("STALK_CONTACT", "further calls from a withheld no"),
        ("STALK_WATCH", "walking past the address three times"),
        ("SERIOUS_IMPACT", "IP has swapped to earlies only so she can leave in daylight"),
        ("SERIOUS_IMPACT", "GP has signed her off 2 wks for anxiety"),
    ],
)

case(
    2, "harassment", "C",
    voice="updates", case="lower", noise="typos", batch="v",
    pattern="handover_colleague_abusive_messages", relationship="colleague", occasions=4,
    text="""\
handover to late turn - IP is Dawn okafor-wright, works at the sorting office on ferry lane with susp Gary SHIELDS. susp has sent her 4 whatsapp msgs over the weekend calling her a "grass" and a "fat useless cow" after she reported him to the manager for clocking in late. screenshots on the system. no threats in any of them. IP says shes fed up more than anything, just wants it to stop. susp not spoken to yet, address on the report, he is on days this week so try after 1600. pls also note the IP has asked for no attending at her work""",
    spans=[
        ("REPETITION", "has sent her 4 whatsapp msgs over the weekend"),
        ("UNWANTED", "calling her a \"grass\" and a \"fat useless cow\""),
        ("DISTRESS", "shes fed up more than anything"),
    ],
)

case(
    3, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="v",
    pattern="custody_single_threat_doorstep", relationship="neighbour", occasions=1,
    text="""\
Circumstances of arrest: At approx 1915 on Sunday 6th July the detained person, Wayne HARGREAVES, went to the door of no. 14 Elmstead Close and shouted at the occupant, Mr Sunil Varma, that he would "put him through the window" if his son's football went over the fence again. Mr Varma was frightened and called police. DP arrested at his home address nearby for a public order offence. Mr Varma confirms there has been no previous trouble between the two households and none since; they had previously got on well. DP apologised on arrest.""",
    spans=[
        ("THREAT_VIOLENCE", "he would \"put him through the window\""),
        ("FEAR_OF_VIOLENCE", "Mr Varma was frightened"),
    ],
)

case(
    4, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="v",
    pattern="mg5_taxi_driver_racial_threats_repeated", relationship="customer", occasions=3,
    text="""\
MG5 - Case Summary (anticipated NG)
The IP, Mr Tariq MAHMOOD, is a private hire driver for Castle Cars, Lancaster. The defendant, Dean ASPINALL (41), is a regular customer.
On Fri 9 May 0040hrs the def was refused a journey as he had no money. Def leaned in the driver's window and said "I'll slit your throat you P*** b*****d". IP drove off. IP states he was shaking and genuinely thought the def would attack him.
On 16 May approx 2310 the def approached IP's cab at the rank on Dalton Sq, banged on the roof and said "told you, I know your reg, your lot don't belong here, I'll do you". IP locked the doors and called control. In his MG11 the IP says he was "terrified he would smash the window and drag me out".
On 23 May the def rang the Castle Cars office and asked the dispatcher (Mrs Joan Ellery, MG11) which nights "the P*** in the silver Passat" worked.
Def interviewed, no comment to all qs. CCTV from the rank shows the 16/05 incident.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll slit your throat"),
        ("RACIAL_HOSTILITY", "you P*** b*****d"),
        ("FEAR_OF_VIOLENCE", "genuinely thought the def would attack him"),
        ("THREAT_VIOLENCE", "I'll do you"),
        ("RACIAL_HOSTILITY", "your lot don't belong here"),
        ("FEAR_OF_VIOLENCE", "terrified he would smash the window and drag me out"),
        ("RACIAL_HOSTILITY", "the P*** in the silver Passat"),
    ],
)

case(
    5, "stalking", "CS",
    voice="result_note", case="mixed", noise="clean", batch="v",
    pattern="interview_summary_fake_accounts_monitoring", relationship="online", occasions=5,
    text="""\
Interview summary - Kieran WALDRON, 22/10, Wythenshawe custody, duty solicitor present.
Put to him: that between August and October he created five Instagram accounts after the complainant, Ms Leah Brannigan, blocked his own, and used them to send her follow requests and messages; that he commented on her sister's posts asking where Leah was working now.
Account: accepts three of the accounts ("the others weren't me"). Says they had met twice through a gaming server and he believed they had a connection. Says he only wanted to know she was OK. Accepts she had told him in August to stop messaging. Denies any intent to upset her.
Ms Brannigan has said she finds it "creepy and annoying" but has not changed anything she does and did not want to make a VPS.""",
    spans=[
        ("STALK_CONTACT", "created five Instagram accounts after the complainant"),
        ("STALK_CONTACT", "send her follow requests and messages"),
        ("STALK_MONITOR", "asking where Leah was working now"),
        ("FIXATION", "he believed they had a connection"),
        ("UNWANTED", "she had told him in August to stop messaging"),
        ("DISTRESS", "creepy and annoying"),
    ],
)

case(
    6, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="v",
    pattern="mg11_brother_in_law_threats_two_visits", relationship="family", occasions=2,
    text="""\
I am the sister of Naomi ADEYEMI-COLE. Her husband and I have never got on. On the 3rd of March he came round to my house on Ashby Road because he says I've been turning Naomi against him. He stood in the hall and said if I kept interfering he would break my legs. I believed him, he has a temper and he was red in the face. I didn't sleep that night.

About a week later, I think the 11th, he was outside again when I came home from the Co-op. He said "last warning" and made a punching motion at my face, stopping just short. I went inside and locked the door and I was frightened he was going to come back and actually hurt me. I rang my husband who came home from work. I have not seen him since but I keep the chain on now.""",
    spans=[
        ("THREAT_VIOLENCE", "said if I kept interfering he would break my legs"),
        ("FEAR_OF_VIOLENCE", "I believed him"),
        ("THREAT_VIOLENCE", "made a punching motion at my face"),
        ("FEAR_OF_VIOLENCE", "I was frightened he was going to come back and actually hurt me"),
        ("REPETITION", "he was outside again"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="crime_summary", case="upper", noise="abbrev", batch="v",
    pattern="custody_circs_follows_hijabi_student_slurs", relationship="stranger", occasions=4,
    text="""\
CIRCUMSTANCES: DP IS ALLEGED TO HAVE FOLLOWED IP (MARYAM HUSSAIN, 19, STUDENT) FROM THE BUS STOP ON HYDE PARK RD TO CAMPUS ON 4 OCCASIONS BETWEEN 03/02 AND 17/02. ON 2ND OCCASION DP WALKED 2-3 M BEHIND HER AND SAID "TAKE THAT RAG OFF YOUR HEAD". ON 17/02 DP WAITED AT THE BUS STOP BEFORE IP ARRIVED AND MADE COMMENTS ABOUT "MUSLIMS TAKING OVER LEEDS". IDENTIFIED BY UNI SECURITY FROM CCTV. DP ARRESTED 18/02 1120 AT HOME ADDRESS. IP REPORTS FEELING UNCOMFORTABLE, NOT CHANGED HER ROUTE.""",
    spans=[
        ("STALK_FOLLOW", "FOLLOWED IP (MARYAM HUSSAIN, 19, STUDENT) FROM THE BUS STOP"),
        ("REPETITION", "ON 4 OCCASIONS BETWEEN 03/02 AND 17/02"),
        ("RELIGIOUS_HOSTILITY", "TAKE THAT RAG OFF YOUR HEAD"),
        ("STALK_LOITER", "DP WAITED AT THE BUS STOP BEFORE IP ARRIVED"),
        ("RELIGIOUS_HOSTILITY", "MUSLIMS TAKING OVER LEEDS"),
        ("DISTRESS", "FEELING UNCOMFORTABLE"),
    ],
)

case(
    8, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="v",
    pattern="sgt_review_debt_collector_letters_nfa", relationship="business", occasions=5,
    text="""\
Sgt review - reported as harassment by IP Mr Colin Featherstone re repeated letters and 2 doorstep visits from Lowell/agent acting for a catalogue debt (approx £1,900). OIC has seen the letters - standard arrears notices, nothing threatening, visits were at 1100 and 1400 on weekdays, agent left when asked. IP accepts the debt is his but disputes interest. This is lawful debt recovery, no offence disclosed. IP signposted to Citizens Advice and FCA complaints. NFA - crime to be cancelled under N100? no, record as non-crime incident. Pls update IP by phone, he is hard of hearing so use text relay.""",
    spans=[],
)

case(
    9, "aggravated_harassment", "CR",
    voice="notebook", case="mixed", noise="heavy", batch="v",
    pattern="pnb_shopkeeper_repeated_racial_abuse", relationship="customer", occasions=3,
    text="""\
1605 attd Krakow Deli, 88 Lowther St. spk to owner Piotr NOWAK. states male known as "Tommo" (prob Thomas GREGSON, local) came in 3rd time this mth, shouted "go back to poland u f***ing scrounger" + knocked display of jars off counter. prev 2 times similar - "eastern european scum", told staff to "speak english". NO threats of violence per IP. IP says hes "sick of it", not scared of him, just wants him barred. cctv dvr - staff cant work it, return tmrw 1000. 1640 resumed""",
    spans=[
        ("REPETITION", "came in 3rd time this mth"),
        ("RACIAL_HOSTILITY", "go back to poland u f***ing scrounger"),
        ("UNWANTED", "knocked display of jars off counter"),
        ("RACIAL_HOSTILITY", "eastern european scum"),
        ("RACIAL_HOSTILITY", "speak english"),
        ("DISTRESS", "sick of it"),
    ],
)

case(
    10, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="v",
    pattern="charging_advice_tracker_on_car_moves_house", relationship="ex_partner", occasions=4,
    text="""\
Charging advice request - DS Fenwick
Suspect Martin O'CALLAGHAN, IP Sarah-Jane ROWE. Ex couple, 8 yrs, two children, child arrangements via court.
Key evidence: an Apple AirTag found by the IP's garage taped inside the rear bumper of her Kuga on 14/09 (exhibit MF/2). Apple data request returned: tag registered to susp's Apple ID. Before the find the susp had turned up at Costa on Tenter St and at the IP's gym (Pure Gym Rotherham) on 2 separate mornings, each time when IP had told no one she'd be there. He also texted her "nice leggings" the morning after the gym. IP has since moved with the children to her parents' in Maltby and has changed her car. On interview susp says the tag was for "the kids' safety".
Requesting advice on the more serious offence given the evidence of impact. Full file to follow.""",
    spans=[
        ("STALK_MONITOR", "an Apple AirTag found by the IP's garage taped inside the rear bumper"),
        ("STALK_TURN_UP", "had turned up at Costa on Tenter St and at the IP's gym"),
        ("REPETITION", "on 2 separate mornings"),
        ("STALK_CONTACT", "He also texted her \"nice leggings\""),
        ("SERIOUS_IMPACT", "IP has since moved with the children to her parents' in Maltby"),
        ("SERIOUS_IMPACT", "has changed her car"),
    ],
)

case(
    11, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="v",
    pattern="mg3_neighbour_watches_jewish_family_threats", relationship="neighbour", occasions=5,
    text="""\
Summary. IPs Daniel and Rivka LEVINSON, 22 Grangeway, Prestwich. Susp Anthony BRIERLEY, no. 25 opposite.
- Since Apr the susp stands at his front window filming the IPs' house on his phone, witnessed by IPs and neighbour Mrs Cheung. Footage later posted on a local FB group with the caption "see who's moved in, count the noses".
- 3/5: susp shouts across the road at Mr LEVINSON as he walks to shul "I'll burn your synagogue with you in it". Mr L states he was physically shaking and thought he'd be attacked on the way home; he now gets a lift.
- 10/5: susp follows Mrs LEVINSON and the kids to the car, says "you're next". She states "I honestly thought he was going to hit me in front of the children".
- 11/5 onwards: IPs have fitted CCTV and a video doorbell.
Susp arrested 12/5. Interviewed - denies religious motive, says he films "for security".""",
    spans=[
        ("STALK_WATCH", "stands at his front window filming the IPs' house on his phone"),
        ("STALK_PUBLISH", "Footage later posted on a local FB group"),
        ("RELIGIOUS_HOSTILITY", "count the noses"),
        ("THREAT_VIOLENCE", "I'll burn your synagogue with you in it"),
        ("FEAR_OF_VIOLENCE", "thought he'd be attacked on the way home"),
        ("SERIOUS_IMPACT", "he now gets a lift"),
        ("STALK_FOLLOW", "susp follows Mrs LEVINSON and the kids to the car"),
        ("THREAT_VIOLENCE", "you're next"),
        ("FEAR_OF_VIOLENCE", "I honestly thought he was going to hit me in front of the children"),
        ("SERIOUS_IMPACT", "IPs have fitted CCTV and a video doorbell"),
    ],
)

case(
    12, "harassment", "C",
    voice="call_log", case="upper", noise="heavy", batch="v",
    pattern="cad_ex_abusive_texts_no_fear", relationship="ex_partner", occasions=9,
    text="""\
CAD 0417 21/11 RP STATES EX BF LEE PARRY KEEPS TXTING ABUSE - 9 TXTS SINCE LAST NITE CALLING HER SLAG N SAYING SHE RUINED HIS LIFE. NO THREATS. RP NOT SCARED "HE'S ALL MOUTH" JUST WANTS IT LOGGED. NO CHILDREN. G3 - APPT MADE""",
    spans=[
        ("REPETITION", "9 TXTS SINCE LAST NITE"),
        ("UNWANTED", "CALLING HER SLAG"),
    ],
)

case(
    13, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="v",
    pattern="mg5_gifts_left_on_car_colleague", relationship="colleague", occasions=5,
    text="""\
The complainant, Ms Harriet QUAYLE, works alongside the defendant, Simon ELLWOOD, at a call centre in Stockport. Between 2 June and 30 June five items were left on the windscreen of her car in the staff car park: flowers, a bracelet, two handwritten cards and a photograph of her taken at the works summer barbecue. The cards refer to her as "my girl" and say "I know you feel it too". She had twice told the defendant, politely, that she was in a relationship and not interested. His fingerprints were recovered from one card. The complainant describes it as "uncomfortable" and has asked HR to move her desk but otherwise carries on as normal.""",
    spans=[
        ("STALK_GIFTS", "five items were left on the windscreen of her car"),
        ("STALK_GIFTS", "a photograph of her taken at the works summer barbecue"),
        ("FIXATION", "I know you feel it too"),
        ("UNWANTED", "She had twice told the defendant, politely"),
        ("DISTRESS", "uncomfortable"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="result_note", case="mixed", noise="abbrev", batch="v",
    pattern="charge_decision_landlord_threats_tenant", relationship="landlord", occasions=3,
    text="""\
CPS decision rec'd 1530 - CHARGE. Def: Graham PICKERSGILL (landlord). IP: Ms Esther BOATENG, tenant of flat 2, 41 Clarendon Rd.
Basis: 3 incidents after IP complained to council re damp - 01/08 def told her on the stairs he'd "knock her teeth out" if she didnt withdraw it; 07/08 voicemail "you'll end up in hospital love"; 15/08 def let himself in with own key and stood over her shouting. IP says on each occasion she was terrified he would hurt her, corroborated by 999 call on 15/08 (IP crying, whispering). Bail conds: not to attend the address, contact via agent only. Pls inform IP + update VCOP.""",
    spans=[
        ("THREAT_VIOLENCE", "he'd \"knock her teeth out\""),
        ("THREAT_VIOLENCE", "you'll end up in hospital love"),
        ("UNWANTED", "def let himself in with own key and stood over her shouting"),
        ("FEAR_OF_VIOLENCE", "on each occasion she was terrified he would hurt her"),
        ("DISTRESS", "IP crying, whispering"),
    ],
)

case(
    15, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="v",
    pattern="handover_mutual_row_sisters_messages", relationship="family", occasions=2,
    text="""\
Handover - PC 4471 Brookes to PC 2290 Asante.
Job is a falling out between sisters Kelly MARSDEN and Tracey MARSDEN over their late mum's house. Kelly reported "harassment" re FB messages. I've read the whole thread on both phones: both sides are giving as good as they get, Kelly calls Tracey a "thieving bitch", Tracey replies in kind, goes on over 2 evenings. Neither has threatened the other, neither went round. Words of advice to both, both agreed to communicate via solicitor re probate. Nothing further needed from you apart from closing the OEL - NFA no offence.""",
    spans=[],
)

case(
    16, "aggravated_harassment", "CR",
    voice="dash_note", case="mixed", noise="abbrev", batch="v",
    pattern="risk_note_ex_racial_abuse_texts_standard", relationship="ex_partner", occasions=6,
    text="""\
DASH - STANDARD (11 yes). IP Aaliyah GRANT (dual heritage) ex of susp Ryan TOWNSEND, sep 2022. Since she started seeing new p/ner susp has sent 6 voicenotes over a fortnight, racially abusive re IP's new partner and her own heritage - "half-breed", "go back to your jungle" - full transcripts in OIC's notes. No threats to harm, no stalking qs answered yes, susp lives in Swindon and hasn't come near. IP "angry and embarrassed", coping, sister supportive. Refer IDVA? IP declined. MARAC not met.""",
    spans=[
        ("REPETITION", "susp has sent 6 voicenotes over a fortnight"),
        ("RACIAL_HOSTILITY", "half-breed"),
        ("RACIAL_HOSTILITY", "go back to your jungle"),
        ("DISTRESS", "angry and embarrassed"),
    ],
)

case(
    17, "stalking_fear_alarm_distress", "CSF",
    voice="crime_summary", case="mixed", noise="typos", batch="v",
    pattern="custody_circs_stranger_follows_runner_fear", relationship="stranger", occasions=3,
    text="""\
Circs: IP Ms Georgina FAIRWEATHER is a keen runner and uses the canal towpath in Hebden Bridge most mornings. On 3 seperate mornings (11th, 14th and 18th) a male on a bike, now known to be DP Stuart MOXON, rode slowly behind her for over a mile. On the 14th he pulled alongside and said "I like watching you run, see you tomorrow". IP states she was "convinced he was going to drag me into the bushes" and on the 18th she was so scared she ran into the Stubbing Wharf pub and asked staff to call 999. DP detained by PCSO Whitely nearby. DP has a prev caution for exposure 2019.""",
    spans=[
        ("STALK_FOLLOW", "rode slowly behind her for over a mile"),
        ("REPETITION", "On 3 seperate mornings"),
        ("FIXATION", "I like watching you run, see you tomorrow"),
        ("FEAR_OF_VIOLENCE", "convinced he was going to drag me into the bushes"),
        ("FEAR_OF_VIOLENCE", "she was so scared she ran into the Stubbing Wharf pub"),
    ],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFR",
    voice="vps", case="mixed", noise="clean", batch="v",
    pattern="vps_mosque_caretaker_threatened_twice", relationship="stranger", occasions=2,
    text="""\
I am making this statement so the court knows how this has affected me. I am the caretaker at the mosque on Whitley Road. The first time the man came to the gate he shouted that all of us are terrorists and that he would stab the first one of us he saw. I believed he meant it. The second time, two weeks later, he pointed at me and said he would come back with a knife for me. Since then I have been afraid every time I open the gate in the mornings that he will be waiting there to attack me. I check the street from the window before I go out. My wife wants me to leave the job.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "all of us are terrorists"),
        ("THREAT_VIOLENCE", "he would stab the first one of us he saw"),
        ("FEAR_OF_VIOLENCE", "I believed he meant it"),
        ("THREAT_VIOLENCE", "he would come back with a knife for me"),
        ("FEAR_OF_VIOLENCE", "afraid every time I open the gate in the mornings that he will be waiting there to attack me"),
    ],
)

case(
    19, "stalking", "CS",
    voice="updates", case="lower", noise="heavy", batch="v",
    pattern="oic_update_ex_repeat_calls_blocked_numbers", relationship="ex_partner", occasions=40,
    text="""\
oic upd 1/12 - spk to ip (Nisha CHAUHAN) again, since last upd susp (Jordan BAXTER) has tried to ring her approx 40 times from diff numbers after she blocked him, also emailed her work address twice asking "why r u ignoring me, i'll wait as long as it takes". ip says its annoying more than anything, no change to routine. susp circulated on PNC, not at home addr x2""",
    spans=[
        ("STALK_CONTACT", "tried to ring her approx 40 times from diff numbers after she blocked him"),
        ("STALK_CONTACT", "emailed her work address twice"),
        ("FIXATION", "i'll wait as long as it takes"),
        ("DISTRESS", "its annoying more than anything"),
    ],
)

case(
    20, "harassment", "CD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="v",
    pattern="mg3_neighbour_banging_abuse_victim_sleeps_elsewhere", relationship="neighbour", occasions=7,
    text="""\
MG3 key evidence. IP Mrs Margaret OYELARAN (72), ground floor flat, 9 Kestrel Ct. Susp Jamie FROST, flat above.
After the IP complained to the housing assoc about his dog in Jan, susp began: banging on the floor with something heavy late at night (diary kept by IP - 7 nights listed in Feb), shouting "nosy old witch" through the letterbox on 2 occasions, and putting dog mess on her step once (photo). No threats to harm her. IP now sleeps at her daughter's 3 nights a week as she cannot rest, and her GP has increased her blood pressure medication. Housing officer Mr Kettle confirms complaints. Susp interviewed, says the banging is "DIY".""",
    spans=[
        ("UNWANTED", "banging on the floor with something heavy late at night"),
        ("REPETITION", "7 nights listed in Feb"),
        ("UNWANTED", "shouting \"nosy old witch\" through the letterbox"),
        ("UNWANTED", "putting dog mess on her step"),
        ("SERIOUS_IMPACT", "IP now sleeps at her daughter's 3 nights a week"),
        ("SERIOUS_IMPACT", "GP has increased her blood pressure medication"),
    ],
)

case(
    21, "aggravated_stalking", "CSR",
    voice="result_note", case="mixed", noise="redacted", batch="v",
    pattern="interview_no_comment_online_profiles_racial", relationship="online", occasions=6,
    text="""\
Interview record summary. Suspect [REDACTED] (M, 27) interviewed 14:10-14:52 at XXXX PIC, solicitor Ms [REDACTED] present. Prepared statement read: denies being the owner of the TikTok accounts. Thereafter no comment to all questions.
Matters put: six accounts each set up within a day of the last being banned, using the IP's photo and name, posting her address area and captions calling her a "Paki whore" and "curry muncher". Messages sent to IP's followers asking them to "let me know where she's living now". IP device download shows the suspect's phone no. linked to 4 of the 6 accounts (telecoms return ref XXXX).
IP (Ms [REDACTED], 24) has kept using her own account and says she is "furious" rather than frightened.""",
    spans=[
        ("REPETITION", "six accounts each set up within a day of the last being banned"),
        ("STALK_PUBLISH", "using the IP's photo and name, posting her address area"),
        ("RACIAL_HOSTILITY", "Paki whore"),
        ("RACIAL_HOSTILITY", "curry muncher"),
        ("STALK_MONITOR", "let me know where she's living now"),
        ("DISTRESS", "furious"),
    ],
)

case(
    22, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="abbrev", batch="v",
    pattern="cad_second_threat_debt_drug_fear", relationship="acquaintance", occasions=2,
    text="""\
Caller Ian McBRIDE very distressed - male he owes £200 to (knows as "Deano") has just shouted thru his door he's going to "cut him up". Same male said similar last Thurs in the Red Lion car park. Caller says he's bricking it, thinks Deano will come in and stab him. Last wk he also thought he'd be jumped. Caller locked in bathroom. G1 - units en route 2231.""",
    spans=[
        ("THREAT_VIOLENCE", "he's going to \"cut him up\""),
        ("REPETITION", "Same male said similar last Thurs"),
        ("FEAR_OF_VIOLENCE", "thinks Deano will come in and stab him"),
        ("FEAR_OF_VIOLENCE", "Last wk he also thought he'd be jumped"),
    ],
)

case(
    23, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="clean", batch="v",
    pattern="review_two_incidents_year_apart_reconciled", relationship="partner", occasions=2,
    text="""\
Crime registrar note. This was classified on the system as harassment. Having read the report, the two incidents relied on are a verbal argument in a car in August last year and an argument by text in September this year. In between, the couple reconciled and have been living together since February. The IP says there has been nothing in between and that both arguments were about money. I do not consider these two events are connected so as to form a course of conduct. Reclassify to a non-crime domestic incident; DASH was standard.""",
    spans=[],
)

case(
    24, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="v",
    pattern="mg5_business_rival_watches_shop_racial_moves", relationship="business", occasions=6,
    text="""\
Case summary - R v Lewis HAMMOND
Mr Vikram SANDHU runs a convenience store on Station Rd, Kidsgrove. The def runs a rival shop nearby. From Jan-Mar:
* The def sat in his van outside Mr Sandhu's shop on at least 5 days, noting down deliveries and photographing customers (MG11 from delivery driver Karl WISE).
* Def followed Mr Sandhu's car home on 12/02 and parked at the end of his road.
* 3 letters posted through the shop door: "go back to India you dirty Sikh", "your kind aren't wanted". Handwriting exam pending.
Impact: Mr Sandhu has closed the shop at 6pm rather than 10pm since Feb, losing trade, and his wife and children have moved to her brother's in Wolverhampton. No threats of violence alleged.
Def PNC: one prev for criminal damage 2015.""",
    spans=[
        ("STALK_WATCH", "sat in his van outside Mr Sandhu's shop"),
        ("REPETITION", "on at least 5 days"),
        ("STALK_MONITOR", "noting down deliveries and photographing customers"),
        ("STALK_FOLLOW", "Def followed Mr Sandhu's car home"),
        ("RELIGIOUS_HOSTILITY", "dirty Sikh"),
        ("RACIAL_HOSTILITY", "go back to India"),
        ("RACIAL_HOSTILITY", "your kind aren't wanted"),
        ("SERIOUS_IMPACT", "has closed the shop at 6pm rather than 10pm"),
        ("SERIOUS_IMPACT", "his wife and children have moved to her brother's"),
    ],
)

case(
    25, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="v",
    pattern="diary_exhibit_ex_outside_house_nights", relationship="ex_partner", occasions=4,
    text="""\
exhibit AK/1 - diary kept by IP Amber KILBRIDE, copied as written
mon - his car outside again at 11pm, lights off. i didnt go out
weds - he was at the end of the road when i took Alfie to school. didnt say anything just stared
fri - rang me 14 times, i didnt answer. a message "i only want to see you"
sat - car back outside. ive not been in work all week, ive told them im ill. mum has put a lock on my bedroom door""",
    spans=[
        ("STALK_LOITER", "his car outside again at 11pm, lights off"),
        ("STALK_WATCH", "didnt say anything just stared"),
        ("STALK_CONTACT", "rang me 14 times"),
        ("FIXATION", "i only want to see you"),
        ("STALK_LOITER", "car back outside"),
        ("SERIOUS_IMPACT", "ive not been in work all week"),
        ("SERIOUS_IMPACT", "mum has put a lock on my bedroom door"),
    ],
)

case(
    26, "harassment", "C",
    voice="crime_summary", case="upper", noise="abbrev", batch="v",
    pattern="custody_circs_customer_abusive_emails_council", relationship="customer", occasions=12,
    text="""\
CIRCS: DP HAS SENT 12 EMAILS TO IP (COUNCIL PLANNING OFFICER MS JOANNA LYTHGOE) OVER 3 WKS AFTER HIS EXTENSION WAS REFUSED. EMAILS CALL HER "INCOMPETENT BITCH" AND "A DISGRACE TO THE HUMAN RACE", SOME SENT TO HER WHOLE TEAM. NO THREATS. DP ARRESTED BY APPT 1000HRS.""",
    spans=[
        ("REPETITION", "DP HAS SENT 12 EMAILS TO IP"),
        ("UNWANTED", "INCOMPETENT BITCH"),
        ("UNWANTED", "A DISGRACE TO THE HUMAN RACE"),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="abbrev", batch="v",
    pattern="interview_summary_colleague_antisemitic_notes", relationship="colleague", occasions=4,
    text="""\
Interview summary - Paul CHADWICK, vol attendance 09/04.
Put: 4 notes left in IP's (Miriam SOLOMONS) locker at the depot between 10/03-02/04 - "Jew rat", "count your money Shylock", drawing of a swastika. Handwriting similar to susp's timesheets.
Susp: admits 2 notes, says it was "banter" and she "can't take a joke". Denies the swastika. Says they've never had any issue. Accepts she never laughed.
IP has no fear of him but was upset and has reported to HR. No further incidents since susp suspended.
Next: file to CPS, consider hate crime uplift.""",
    spans=[
        ("REPETITION", "4 notes left in IP's (Miriam SOLOMONS) locker"),
        ("RELIGIOUS_HOSTILITY", "Jew rat"),
        ("RELIGIOUS_HOSTILITY", "count your money Shylock"),
        ("RELIGIOUS_HOSTILITY", "drawing of a swastika"),
        ("DISTRESS", "was upset"),
    ],
)

case(
    28, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="v",
    pattern="school_email_father_watching_playground_teacher", relationship="acquaintance", occasions=4,
    text="""\
Email from headteacher, St Oswald's Primary, forwarded to OIC:
"Further to our call - Mr Neil ABERNETHY, a parent, has now been seen standing at the railings watching our Year 4 teacher Miss Chloe Danvers during playground duty on four occasions this term, including on days when his son was not in school. He has also left two letters for her at reception, which she did not open and handed to me. She had asked him in person in January to speak only to the office. Miss Danvers says she finds it odd and is a bit wary but is happy to carry on with her duties. We have not banned him from the site yet." Email ends. OIC to call school Mon.""",
    spans=[
        ("STALK_WATCH", "standing at the railings watching our Year 4 teacher"),
        ("REPETITION", "on four occasions this term"),
        ("STALK_CONTACT", "left two letters for her at reception"),
        ("UNWANTED", "She had asked him in person in January to speak only to the office"),
        ("DISTRESS", "is a bit wary"),
    ],
)

case(
    29, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="abbrev", batch="v",
    pattern="mg3_brief_ex_threat_messages_fear_twice", relationship="ex_partner", occasions=2,
    text="""\
Key ev: 2 Snapchat msgs from susp Reece DOYLE to IP Kayleigh MORRIS, 04/06 "ur gonna get ur face smashed in" + 06/06 "wait till i see u". IP states both times she was scared he'd come and batter her, stayed in. Screenshots MM/1-2. Susp NC interview.""",
    spans=[
        ("THREAT_VIOLENCE", "ur gonna get ur face smashed in"),
        ("THREAT_VIOLENCE", "wait till i see u"),
        ("FEAR_OF_VIOLENCE", "both times she was scared he'd come and batter her"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFR",
    voice="judgment", case="mixed", noise="clean", batch="v",
    pattern="sentencing_remarks_neighbour_racial_threats", relationship="neighbour", occasions=3,
    text="""\
Sentencing remarks (extract). Mr Tyler HOLDEN, you are 29. You have pleaded guilty. The victims, Mr and Mrs Kamara, moved into the house next door to you in the spring. On three occasions over the summer you shouted at Mr Kamara over the fence, calling him a monkey and telling him that people like him should be hanged. On the last occasion you held up a hammer and said you would use it on him. Mr Kamara told the officer, and I accept, that after the first incident he feared you would attack him and that by the third he was certain of it. Mrs Kamara describes lying awake listening for you. These offences were plainly motivated by hostility based on race and I increase the sentence accordingly.""",
    spans=[
        ("REPETITION", "On three occasions over the summer"),
        ("RACIAL_HOSTILITY", "calling him a monkey"),
        ("RACIAL_HOSTILITY", "people like him should be hanged"),
        ("THREAT_VIOLENCE", "held up a hammer and said you would use it on him"),
        ("FEAR_OF_VIOLENCE", "after the first incident he feared you would attack him"),
        ("FEAR_OF_VIOLENCE", "by the third he was certain of it"),
        ("DISTRESS", "lying awake listening for you"),
    ],
)

case(
    31, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="v",
    pattern="nfa_note_single_visit_denied_messages", relationship="acquaintance", occasions=1,
    text="""\
Result - NFA evidential difficulties. IP Ms Olivia NAKAMURA reported former housemate Ben STRATTON came to her new flat on 02/03 uninvited and asked for his deposit share back; IP upset, told him to leave, he did. IP believed he was also behind anon msgs on Facebook but the account was traced to a 3rd party (Ms Ella Rudd), nothing linking susp. Susp denies any messages. No further contact since 02/03 - confirmed with IP 28/03. IP content with outcome.""",
    spans=[
        ("STALK_TURN_UP", "came to her new flat on 02/03 uninvited"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    32, "aggravated_stalking", "CSR",
    voice="crime_summary", case="inconsistent", noise="typos", batch="v",
    pattern="handover_landlord_enters_flat_racial_notes", relationship="landlord", occasions=5,
    text="""\
HANDOVER / case summary for CID. IP Mr Eduardo SILVA (Portugese national) rents room from susp Derek PLOWRIGHT, 17 Mafeking St. Since IP gave notice in Oct, susp has - gone into his room while IP at work on at least 4 occasions (IP set his phone to record, video shows susp going thru his drawers and reading his letters); left notes on his door "foreign parasites out" and "no more Portugeese in this house"; and stood outside the bathroom door timing his showers. ip says it is "weird" and he is not scared of an old man. he is moving out end of month anyway as planned. susp not yet arrested - ELDERLY, check welfare/AA needed.""",
    spans=[
        ("STALK_PROPERTY", "gone into his room while IP at work"),
        ("REPETITION", "on at least 4 occasions"),
        ("STALK_MONITOR", "going thru his drawers and reading his letters"),
        ("RACIAL_HOSTILITY", "foreign parasites out"),
        ("RACIAL_HOSTILITY", "no more Portugeese in this house"),
        ("STALK_WATCH", "stood outside the bathroom door timing his showers"),
        ("DISTRESS", "weird"),
    ],
)

case(
    33, "stalking_fear_alarm_distress", "CSD",
    voice="mo_field", case="upper", noise="heavy", batch="v",
    pattern="mo_field_ex_gps_app_phone_changed_job", relationship="ex_partner", occasions=3,
    text="""\
MO: SUSP INSTALLED TRACKING APP ON IP PHONE DURING REL, CONT TO USE AFTER SEP TO TURN UP WHERE IP WAS X3 (GYM, FRIENDS ADDR, TESCO). IP HAS LEFT HER JOB + CHANGED PHONE.""",
    spans=[
        ("STALK_MONITOR", "SUSP INSTALLED TRACKING APP ON IP PHONE"),
        ("STALK_TURN_UP", "TURN UP WHERE IP WAS X3"),
        ("SERIOUS_IMPACT", "IP HAS LEFT HER JOB"),
    ],
)

case(
    34, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="v",
    pattern="di_review_reclassify_harassment_to_stalking_racial", relationship="acquaintance", occasions=5,
    text="""\
DI review 19/07. OIC has this down as racially aggravated harassment (s.2/s.31). I don't agree it stops there. Read the full chronology:
- susp (Connor WHITTAKER, met IP at a house party) sends IP (Ms Precious NDLOVU) 30+ IG messages in a week after she turned him down, many calling her "a n***** who should be grateful";
- is seen twice by IP's flatmate sitting on the wall opposite their flat at night;
- on 11/07 follows IP from the bus into the Arndale and says "I'll cut you if you carry on ignoring me";
- on 14/07 messages a photo of her front door with "ur scared now aren't u".
IP's MG11 says she feared after the 11th and again on the 14th that he would actually stab her.
Reclassify and RV OIC. IP to be offered Paladin referral.""",
    spans=[
        ("STALK_CONTACT", "30+ IG messages in a week after she turned him down"),
        ("RACIAL_HOSTILITY", "a n***** who should be grateful"),
        ("STALK_LOITER", "sitting on the wall opposite their flat at night"),
        ("STALK_FOLLOW", "follows IP from the bus into the Arndale"),
        ("THREAT_VIOLENCE", "I'll cut you if you carry on ignoring me"),
        ("STALK_WATCH", "messages a photo of her front door"),
        ("FEAR_OF_VIOLENCE", "she feared after the 11th and again on the 14th that he would actually stab her"),
    ],
)

case(
    35, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="v",
    pattern="mg11_ex_friend_insulting_posts_group_chat", relationship="acquaintance", occasions=3,
    text="""\
I have known Sophie LANGRIDGE since secondary school. We fell out in May over a holiday that got cancelled. Since then she has posted in our old school group chat three times about me, saying I'm a liar, a thief and that I "owe everyone money". None of that is true. She has not threatened me and she has not been anywhere near me. I have left the chat but people still screenshot it to me. It has made me cross and embarrassed in front of people I grew up with.""",
    spans=[
        ("REPETITION", "posted in our old school group chat three times about me"),
        ("UNWANTED", "saying I'm a liar, a thief"),
        ("DISTRESS", "cross and embarrassed"),
    ],
)

case(
    36, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="v",
    pattern="custody_circs_orders_goods_to_ex_address", relationship="ex_partner", occasions=7,
    text="""\
Circs: DP Aidan FLETCHER (ex of IP Zara MILLINGTON, rel ended Mar). Between 20/04 and 15/05 7 parcels delivered to IP's address in her name - takeaways, a sex toy, a wedding magazine - ordered using DP's debit card (bank enquiry). DP also changed IP's Spotify playlist names via a shared login to "come back". IP not scared, "just pathetic", changed her passwords. Arrested 17/05 0715 at home.""",
    spans=[
        ("STALK_ORDERS", "7 parcels delivered to IP's address in her name"),
        ("STALK_MONITOR", "changed IP's Spotify playlist names via a shared login"),
        ("FIXATION", "come back"),
    ],
)

case(
    37, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="v",
    pattern="mg5_bus_driver_repeated_racial_abuse_passenger", relationship="customer", occasions=3,
    text="""\
Summary - Def Shaun McGOVERN. IP Mr Kwame ASANTE, bus driver, First route 12.
Def boarded IP's bus on 3 occasions in Nov (2nd, 9th, 23rd), each time refusing to pay and calling IP a "black b*****d" and "go back to Africa". On-bus CCTV captures audio on 9th and 23rd. No threats. IP says he is "used to idiots" but it's degrading and he reported it because it kept happening.""",
    spans=[
        ("REPETITION", "on 3 occasions in Nov"),
        ("RACIAL_HOSTILITY", "black b*****d"),
        ("RACIAL_HOSTILITY", "go back to Africa"),
        ("DISTRESS", "it's degrading"),
    ],
)

case(
    38, "harassment_fear_of_violence", "CF",
    voice="result_note", case="lower", noise="typos", batch="v",
    pattern="interview_summary_son_threatens_father", relationship="family", occasions=3,
    text="""\
interview summery - Liam ROURKE, son of IP Desmond ROURKE (68). put to him 3 incidents at IP's bungalow in Lurgan Ave over Jan where he demanded money and said he'd "kick his head in" / "finish him off". susp says he was drunk and doesnt remember, accepts he probably said it. IP's account (MG11) - after the first time he barricaded the back door, and on 2 later visits he was "petrified" and thought his son would beat him. no comment re the 3rd incident. bail to 2 weeks, not to contact IP.""",
    spans=[
        ("REPETITION", "3 incidents at IP's bungalow"),
        ("THREAT_VIOLENCE", "said he'd \"kick his head in\""),
        ("THREAT_VIOLENCE", "finish him off"),
        ("FEAR_OF_VIOLENCE", "he barricaded the back door"),
        ("FEAR_OF_VIOLENCE", "thought his son would beat him"),
    ],
)

case(
    39, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="v",
    pattern="oic_update_boundary_hedge_dispute_civil", relationship="neighbour", occasions=4,
    text="""\
Update 16/06 PC 8812. Attended both addresses, Orchard Way, Chipping Sodbury. Dispute is over the leylandii on the boundary and where the fence line sits - Mr Hugh PENROSE (no. 6) says neighbour Mrs Dorothy FINCH (no. 8) has cut back his hedge 4 times and left the cuttings on his drive. Mrs Finch produced land registry plan, says she's cutting her side only. No abuse either way, no messages, she has never approached him other than about the hedge. Civil matter, both advised re mediation + solicitor. Closing.""",
    spans=[],
)

case(
    40, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="crime_summary", case="mixed", noise="redacted", batch="v",
    pattern="mg3_takeaway_owner_threatened_racially", relationship="customer", occasions=2,
    text="""\
MG3 - IP [REDACTED] (owner, XXXX Kebab House, High St). Suspects [REDACTED] and [REDACTED] (brothers).
Incident 1, 14/02 approx 2330: S1 told IP "we'll torch this place with you inside, you Turkish c***". IP states he believed they would return and burn him.
Incident 2, 21/02 approx 0010: both suspects returned, S2 held a lighter to the menu board, S1 said "told you, Turk". IP ran into the kitchen and called 999 in fear for his life (audio, URN XXXX).
IP has since closed at 2200. Both susps arrested 22/02.""",
    spans=[
        ("THREAT_VIOLENCE", "we'll torch this place with you inside"),
        ("RACIAL_HOSTILITY", "you Turkish c***"),
        ("FEAR_OF_VIOLENCE", "IP states he believed they would return and burn him"),
        ("THREAT_VIOLENCE", "S2 held a lighter to the menu board"),
        ("RACIAL_HOSTILITY", "told you, Turk"),
        ("FEAR_OF_VIOLENCE", "called 999 in fear for his life"),
        ("SERIOUS_IMPACT", "IP has since closed at 2200"),
    ],
)

case(
    41, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="v",
    pattern="charging_file_stranger_gym_fixation_long", relationship="stranger", occasions=8,
    text="""\
STREAMLINED FORENSIC FILE / MG3 - charging advice sought (threshold test not required, full code).
Suspect: Oliver PENHALIGON, 38, no previous. IP: Ms Freya LINDQVIST-HART, 26, personal trainer, works at two gyms in Truro.
Background: the two have never been in a relationship. Susp was a paying client of the IP for 3 sessions in Nov. After she declined to train him further (she had found him "intense") he began the following:
1. 04/12 - turns up at the second gym (Newham), which she had never told him about, and signs up as a member. Manager Mr Rob Treloar (MG11) confirms date.
2. 04/12-20/01 - attends the same gym at the times IP works on at least 20 occasions per swipe-card data (exhibit RT/1), positions himself near her clients and watches her.
3. 19/12 - a card left at reception: "I understand why you're pushing me away. I'll be patient."
4. 02/01 - susp's car seen by IP's partner parked opposite her flat on Tregolls Rd at 0630 as she left for work.
5. 08/01 - IP's Strava account gets kudos from a new profile, name "O.P.", on every run; the profile follows her partner and sister too.
6. 14/01 - susp approaches her at the car park and says "we're meant to be together, you'll see that".
Impact (VPS dated 25/01): IP has given up her shifts at Newham, losing approx a third of her income; she has made her Strava private and changed her running routes, and she stays at her partner's parents some nights. She says "it's taken over my life". She does not say she feared violence and we don't put it that way.
Interview: susp says he "just likes that gym", the card was "an apology", denies the car was his (it was - ANPR hit 0624 Tregolls Rd). Accepts the Strava profile.""",
    spans=[
        ("STALK_TURN_UP", "turns up at the second gym (Newham), which she had never told him about"),
        ("REPETITION", "on at least 20 occasions per swipe-card data"),
        ("STALK_WATCH", "positions himself near her clients and watches her"),
        ("FIXATION", "I'll be patient."),
        ("STALK_LOITER", "parked opposite her flat on Tregolls Rd at 0630"),
        ("STALK_MONITOR", "gets kudos from a new profile, name \"O.P.\", on every run"),
        ("FIXATION", "we're meant to be together, you'll see that"),
        ("SERIOUS_IMPACT", "IP has given up her shifts at Newham"),
        ("SERIOUS_IMPACT", "changed her running routes"),
        ("DISTRESS", "it's taken over my life"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="notebook", case="inconsistent", noise="abbrev", batch="v",
    pattern="pnb_fake_profile_publishes_hindu_slurs", relationship="online", occasions=4,
    text="""\
1120 sp IP Anjali DESAI at home. states since Aug an acc "desai_exposed" posting her pics from her own insta + her workplace, captions mocking her hindu faith "cow piss drinker" etc. 4 posts so far. ip thinks it's ex-colleague Matthew HOLLIS, he was told by HR to leave her alone in jul. ip "annoyed", carrying on as normal. screenshots taken AD/1-4. 1150 resumed""",
    spans=[
        ("STALK_PUBLISH", "posting her pics from her own insta + her workplace"),
        ("RELIGIOUS_HOSTILITY", "cow piss drinker"),
        ("REPETITION", "4 posts so far"),
        ("DISTRESS", "annoyed"),
    ],
)

case(
    43, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="v",
    pattern="handover_ex_husband_loiters_church_letters", relationship="ex_partner", occasions=5,
    text="""\
Handover note re IP Mrs Grace OKONKWO. Ex-husband Samuel (not arrested yet, lives Croydon). He's now waited outside her church after Sunday service 3 wks running, and written her 2 long letters about "our destiny" which she's handed in (in property store, ref PS/4471/xx). She told him at the first church visit to stop. She isn't scared of him she says, just wants it to stop, routine unchanged. Pls try Croydon addr again, no reply Thurs.""",
    spans=[
        ("STALK_LOITER", "waited outside her church after Sunday service 3 wks running"),
        ("STALK_CONTACT", "written her 2 long letters"),
        ("FIXATION", "our destiny"),
        ("UNWANTED", "She told him at the first church visit to stop"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="v",
    pattern="custody_circs_neighbour_cameras_polish_family_moved", relationship="neighbour", occasions=6,
    text="""\
Circs for custody: DP Kevin ROTHWELL (55) arrested 0840 12/10 on suspicion. IPs are the KOWALCZYK family at no. 3 Wharf Cottages. Over 6 months DP has pointed 2 CCTV cameras directly into their kitchen and garden, followed Mrs Kowalczyk to the school gate twice and photographed her, and left notes on their car "Polish vermin go home". IP has taken the children out of that school and the family have applied to the council for a transfer, staying with cousins meanwhile. No threats. DP says cameras are for his own security.""",
    spans=[
        ("STALK_WATCH", "pointed 2 CCTV cameras directly into their kitchen and garden"),
        ("STALK_FOLLOW", "followed Mrs Kowalczyk to the school gate twice"),
        ("STALK_WATCH", "photographed her"),
        ("RACIAL_HOSTILITY", "Polish vermin go home"),
        ("SERIOUS_IMPACT", "IP has taken the children out of that school"),
        ("SERIOUS_IMPACT", "staying with cousins meanwhile"),
    ],
)
