# ruff: noqa: E501
"""Hand-written narratives, writer k: workplaces and professionals."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="k",
    pattern="patient_attached_to_gp_gifts_and_waiting_room", relationship="customer", occasions=6,
    text="""\
Dr Priya NANDAKUMAR (GP, Fernside Medical Practice, Kettering) reports that a patient, Gordon WHITTLE (58), has become attached to her since a consultation in Jan. Since then he has only booked appts with her, and when reception moved him to another GP in Feb he turned up at the practice anyway and sat in the waiting room until she came out to call her next patient. Has left 3 cards and a box of chocolates at reception addressed "to my Priya". Practice mgr wrote to him 14/03 asking him to stop - he replied by letter (copy on file) saying they "cannot keep us apart". IP describes it as creepy but is not frightened of him and is working as normal. Practice considering removing him from the list. No threats made.""",
    spans=[
        ("FIXATION", "has only booked appts with her"),
        ("STALK_TURN_UP", "turned up at the practice anyway"),
        ("STALK_LOITER", "sat in the waiting room until she came out"),
        ("STALK_GIFTS", "left 3 cards and a box of chocolates at reception"),
        ("FIXATION", "addressed \"to my Priya\""),
        ("UNWANTED", "asking him to stop"),
        ("FIXATION", "they \"cannot keep us apart\""),
    ],
)

case(
    2, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="k",
    pattern="single_outburst_client_at_solicitors_reception", relationship="customer", occasions=1,
    text="""\
1112 CLR IS OFFICE MGR AT HALLORAN & CO SOLICITORS, BRIDGE ST, WIGAN. STATES A CLIENT LAURENCE PYKE ATTENDED RECEPTION UNANNOUNCED RE HIS DIVORCE FILE, BECAME IRATE WHEN TOLD HIS SOLICITOR (MS ABIMBOLA OKONKWO) NOT AVAILABLE, SHOUTED "TELL HER SHE'LL GET WHATS COMING" AND KICKED A CHAIR OVER. LEFT ON FOOT TWDS TOWN CENTRE. CLR SAYS NO PREV ISSUES WITH HIM, FIRST TIME HES BEHAVED LIKE THIS. MS OKONKWO SHAKEN.
1119 G2. PNC - NO WARNING MARKERS.
1450 PC 3307 ATTENDED, FOYER CCTV VIEWED. NO FURTHER CONTACT FROM MR PYKE SINCE. FIRM WRITING TO HIM TO END RETAINER. ADVICE GIVEN, POSS PUBLIC ORDER - OIC TO REVIEW""",
    spans=[
        ("THREAT_VIOLENCE", "\"TELL HER SHE'LL GET WHATS COMING\""),
        ("DISTRESS", "MS OKONKWO SHAKEN"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="k",
    pattern="dismissed_worker_threatens_manager_twice", relationship="colleague", occasions=2,
    text="""\
I am the operations manager at Trentside Logistics in Newark. Craig DEMPSEY worked for us on the warehouse floor until I dismissed him for gross misconduct on 2nd September. About a week later, on the Tuesday, I was putting fuel in my car at the Esso on Lincoln Road when he pulled in at the next pump. I don't think he had followed me, he lives round there. He got out, came right up to my window and said "YOU'VE COST ME EVERYTHING, I'LL PUT YOU IN HOSPITAL". I drove off without paying because I was scared he was going to drag me out of the car. I went back later and paid and explained to the lady on the till.

On the Saturday after, the 14th, I had a voicemail from a number I didn't know. It was Craig, I know his voice. He said "I know where you drink, you won't see it coming". I have kept the voicemail and I am happy for police to have a copy. I genuinely believe he will hurt me if he gets the chance. I have not replied to him in any way.""",
    spans=[
        ("THREAT_VIOLENCE", "I'LL PUT YOU IN HOSPITAL"),
        ("FEAR_OF_VIOLENCE", "scared he was going to drag me out of the car"),
        ("THREAT_VIOLENCE", "you won't see it coming"),
        ("FEAR_OF_VIOLENCE", "I genuinely believe he will hurt me"),
    ],
)

case(
    4, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="k",
    pattern="unhappy_buyer_racist_messages_to_online_seller", relationship="customer", occasions=15,
    text="""\
Online report rec'd 09/06. IP Tomasz WISNIEWSKI runs an online shop selling reclaimed oak furniture from a unit in Bilston. Buyer (username dazzer_77, believed Darren LOCKE of Wolverhampton per PayPal details) complained a side table arrived scratched. IP offered full refund. Buyer refused and since 28/05 has sent 11 msgs via the platform and 4 emails, calling IP a "thieving Polish scrounger", telling him to "go back to Gdansk and rip off your own lot", and leaving a 1* review saying "dont buy off foreigners". No threats. IP says he's fed up and it's hurting the business, not scared.
10/06 TT IP, confirmed screenshots uploaded (TW/1 - TW/4). Platform has now blocked buyer acct.
12/06 susp address confirmed. OIC PC 2281 to arrange VI, crime ref 22/61873/24.""",
    spans=[
        ("REPETITION", "since 28/05 has sent 11 msgs via the platform and 4 emails"),
        ("RACIAL_HOSTILITY", "\"thieving Polish scrounger\""),
        ("RACIAL_HOSTILITY", "\"go back to Gdansk and rip off your own lot\""),
        ("RACIAL_HOSTILITY", "\"dont buy off foreigners\""),
        ("DISTRESS", "he's fed up"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="k",
    pattern="discharged_patient_waits_for_nurse_changed_shifts", relationship="customer", occasions=7,
    text="""\
I understand this statement may be read in court and disclosed to the defence.

I am a staff nurse on Ward 22. Since Mr ROYLE was discharged in April he has waited for me outside the staff entrance more times than I can count, he has sent things to the ward addressed to me, and he found me on Facebook even though I never told him my surname. I do not think he would hurt me. But I cannot relax anywhere.

I have changed to permanent nights so that I am not leaving at the times he would expect. I loved my day team and I miss them. I no longer use the staff car park; my husband drives me in and picks me up, which means he has had to change his own hours. I was off sick for three weeks in June with anxiety, which has never happened to me before in eleven years of nursing. I feel watched all the time, even at home.""",
    spans=[
        ("STALK_LOITER", "waited for me outside the staff entrance"),
        ("REPETITION", "more times than I can count"),
        ("STALK_GIFTS", "sent things to the ward addressed to me"),
        ("STALK_MONITOR", "found me on Facebook even though I never told him my surname"),
        ("SERIOUS_IMPACT", "I have changed to permanent nights"),
        ("SERIOUS_IMPACT", "my husband drives me in and picks me up"),
        ("SERIOUS_IMPACT", "off sick for three weeks in June with anxiety"),
        ("DISTRESS", "I feel watched all the time"),
    ],
)

case(
    6, "harassment", "C",
    voice="mo_field", case="upper", noise="abbrev", batch="k",
    pattern="colleague_abusive_whatsapps_after_hr_complaint", relationship="colleague", occasions=20,
    text="""\
SUSP (WORK COLLEAGUE, SAME CALL CENTRE) SENDING ABUSIVE WHATSAPPS TO IP OVER 3 WKS SINCE IP REPORTED HIM TO HR. CALLS HER "GRASS", "FAT SLAG". APPROX 20 MSGS. NO THREATS. NO ATTENDANCE AT HOME. IP UPSET, IN TEARS AT WORK""",
    spans=[
        ("STALK_CONTACT", "SENDING ABUSIVE WHATSAPPS TO IP"),
        ("REPETITION", "OVER 3 WKS"),
        ("REPETITION", "APPROX 20 MSGS"),
        ("DISTRESS", "IP UPSET, IN TEARS AT WORK"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="abbrev", batch="k",
    pattern="gym_member_fixated_on_instructor_racist_when_rejected", relationship="customer", occasions=8,
    text="""\
Call from Mark TENNANT, manager of PulseFit on the retail park, Basildon, reporting on behalf of one of his PTs, Simone ADEYEMI-CLARKE (27). A member - manager has him as Keith BRAMLEY, 40s - has been hanging round her classes for about 6 wks. Stands at the glass of the studio watching the whole session, then waits by her car at the end of her shift. She told him in front of the manager 3 wks ago she wasn't interested. Since then he's messaged her on Insta from 2 different accounts after she blocked the first, saying "a black girl like you should be grateful" and calling her a racial name (mgr wouldn't repeat it, it's on the screenshot). Per caller Simone is "more angry than scared" and still working her normal shifts. Gym has suspended his membership. Crime raised, OIC to contact Simone direct, caller given ref.""",
    spans=[
        ("REPETITION", "for about 6 wks"),
        ("STALK_WATCH", "Stands at the glass of the studio watching the whole session"),
        ("STALK_LOITER", "waits by her car at the end of her shift"),
        ("UNWANTED", "She told him in front of the manager 3 wks ago she wasn't interested"),
        ("STALK_CONTACT", "messaged her on Insta from 2 different accounts after she blocked the first"),
        ("RACIAL_HOSTILITY", "\"a black girl like you should be grateful\""),
        ("RACIAL_HOSTILITY", "calling her a racial name"),
    ],
)

case(
    8, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="abbrev", batch="k",
    pattern="parent_threatens_deputy_head_over_exclusion", relationship="acquaintance", occasions=2,
    text="""\
IP Hannah ROWCROFT is deputy head at St Aidan's Primary, Thornaby. Susp Lee GARBUTT (36) is the father of a Yr5 pupil excluded for 2 days w/c 03/02.
- 06/02 approx 0840 at the school gate susp shouted at IP in front of other parents "you'll get a slap when nobody's about". IP went inside and locked herself in the office, says she was frightened he'd come in after her and hit her.
- 11/02 susp rang the school office, asked for IP by name, said "tell her I'll be waiting and I'll knock her out". Admin staff passed it on. IP states she felt sick and genuinely thought he would attack her on the way to her car - caretaker walked her out that evening.
Head has since written to susp banning him from site. Child's mother now doing drop off. Susp not yet spoken to, TT x1 no answer.""",
    spans=[
        ("THREAT_VIOLENCE", "\"you'll get a slap when nobody's about\""),
        ("FEAR_OF_VIOLENCE", "frightened he'd come in after her and hit her"),
        ("THREAT_VIOLENCE", "\"tell her I'll be waiting and I'll knock her out\""),
        ("FEAR_OF_VIOLENCE", "genuinely thought he would attack her on the way to her car"),
    ],
)

case(
    9, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="k",
    pattern="attendance_officer_lawful_contact_reported_as_harassment", relationship="business", occasions=8,
    text="""\
Result: IP (Mrs Deborah FAIRCLOUGH) reported she is being harassed by Ms Nadia QURESHI, education welfare officer for the council, who has phoned her 6 times and visited the house twice since Easter about her daughter's attendance (currently 61%). Letters seen - all on council letterhead re the statutory attendance process, latest one mentions a fixed penalty. IP's own account is that Ms QURESHI was polite each time. Contact is part of the LA's legal duty. No offence disclosed. IP advised to engage with school/LA and given council complaints line if unhappy with the manner of contact. NFA. Log closed 1645.""",
    spans=[],
)

case(
    10, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="statement", case="mixed", noise="clean", batch="k",
    pattern="customer_fixated_on_pharmacist_anti_muslim_notes_transferred_branch", relationship="customer", occasions=9,
    text="""\
I have worked as a pharmacist on Canterbury Street in Gillingham for four years. I wear a hijab. The man I now know as Neil FORSHAW started coming into the shop at the end of last summer. At first he was just chatty. By October he was in every day, sometimes twice, buying one small thing and asking for me by name. He started waiting at the bus stop opposite when I finished at six.

On 4th November he got on my bus and got off at my stop, which is nowhere near where he lives. I told him then, clearly, that I wanted him to leave me alone. After that he left notes under my windscreen wiper at weekends when my car was at home. One said "TAKE THAT RAG OFF YOUR HEAD AND BE A PROPER ENGLISH GIRL". Another said Muslims should "go home" and that he would "save" me.

I have asked my area manager to move me and I now work at the Chatham branch, which adds forty minutes each way. I no longer drive to work because he knows my car. I have had trouble sleeping since November and my GP has given me tablets for it.""",
    spans=[
        ("REPETITION", "in every day, sometimes twice"),
        ("FIXATION", "asking for me by name"),
        ("STALK_LOITER", "waiting at the bus stop opposite when I finished at six"),
        ("STALK_FOLLOW", "got on my bus and got off at my stop"),
        ("UNWANTED", "I wanted him to leave me alone"),
        ("STALK_GIFTS", "left notes under my windscreen wiper"),
        ("RELIGIOUS_HOSTILITY", "\"TAKE THAT RAG OFF YOUR HEAD AND BE A PROPER ENGLISH GIRL\""),
        ("RELIGIOUS_HOSTILITY", "Muslims should \"go home\""),
        ("SERIOUS_IMPACT", "I now work at the Chatham branch"),
        ("SERIOUS_IMPACT", "I no longer drive to work because he knows my car"),
        ("DISTRESS", "trouble sleeping since November"),
    ],
)

case(
    11, "stalking", "CS",
    voice="call_log", case="lower", noise="typos", batch="k",
    pattern="banned_salon_client_books_under_false_names", relationship="customer", occasions=6,
    text="""\
caller is salon owner, says ex client (male 50s named as phil ORMESHER) keeps booking under false names to get appts with her stylist kerry, 4 times since march, salon banned him in feb. he only ever asks for kerry. has also sent kerry freind requests from new accts. kerry not scared just wants it stoped. advice given, crime to be raised""",
    spans=[
        ("STALK_CONTACT", "keeps booking under false names to get appts with her stylist kerry"),
        ("REPETITION", "4 times since march"),
        ("UNWANTED", "salon banned him in feb"),
        ("FIXATION", "he only ever asks for kerry"),
        ("STALK_CONTACT", "sent kerry freind requests from new accts"),
    ],
)

case(
    12, "aggravated_harassment_fear_of_violence", "CFR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="k",
    pattern="parent_in_cp_case_racist_threats_to_social_worker", relationship="acquaintance", occasions=3,
    text="""\
Sgt 1871 review 19/10. Pls read the whole file, not just the last call. IP is a children's social worker (Ravinder SANGHA) with the local authority. Susp Jason PRITCHARD is the father in a CP case she holds. Three incidents:
02/10 at case conference susp told IP "you're a P*** and you're dead" (minuted by chair, MG11 from chair obtained).
09/10 susp rang her work mobile, said he'd "petrol bomb you and your curry house family".
16/10 susp approached her in the council car park and said "go back to India before I send you back in a box".
IP gave clear account that after 09/10 she was terrified to leave the building, and after 16/10 she asked for a security escort as she believed he would be waiting to hurt her. Currently on the system as a public order - needs looking at again as a whole. Actions: arrest susp, consider bail conds, liaise with employer re lone working/home visits. Review 26/10.""",
    spans=[
        ("RACIAL_HOSTILITY", "you're a P***"),
        ("THREAT_VIOLENCE", "you're dead"),
        ("THREAT_VIOLENCE", "\"petrol bomb you and your curry house family\""),
        ("RACIAL_HOSTILITY", "\"go back to India"),
        ("THREAT_VIOLENCE", "before I send you back in a box\""),
        ("FEAR_OF_VIOLENCE", "she was terrified to leave the building"),
        ("SERIOUS_IMPACT", "she asked for a security escort"),
        ("FEAR_OF_VIOLENCE", "she believed he would be waiting to hurt her"),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSF",
    voice="judgment", case="mixed", noise="clean", batch="k",
    pattern="man_fixated_on_pcso_turns_up_at_home_and_station", relationship="acquaintance", occasions=6,
    text="""\
The complainant is a police community support officer in Rotherham. The defendant first came to her attention in March 2023, when she dealt with a complaint about his dog. Over the following four months he appeared repeatedly on her beat, at times waiting at the end of her patrol route. He photographed her from across the road on at least two occasions. On 11 June he was found standing at the gate of her home address, an address he should have had no means of knowing, and told her "I'll find you wherever you go, and you'll be sorry". She told officers that night that she believed he was going to attack her. On 2 July he was in the car park of the police station when she came off duty; she ran back inside and later said she was convinced he intended to hurt her. She describes herself as constantly on edge. The defendant's account, that he happened to be passing on each occasion, is not one I accept.""",
    spans=[
        ("STALK_TURN_UP", "appeared repeatedly on her beat"),
        ("STALK_LOITER", "waiting at the end of her patrol route"),
        ("STALK_WATCH", "photographed her from across the road on at least two occasions"),
        ("STALK_TURN_UP", "found standing at the gate of her home address"),
        ("THREAT_VIOLENCE", "\"I'll find you wherever you go, and you'll be sorry\""),
        ("FEAR_OF_VIOLENCE", "she believed he was going to attack her"),
        ("STALK_LOITER", "in the car park of the police station when she came off duty"),
        ("FEAR_OF_VIOLENCE", "convinced he intended to hurt her"),
        ("DISTRESS", "constantly on edge"),
    ],
)

case(
    14, "harassment", "C",
    voice="crime_summary", case="inconsistent", noise="typos", batch="k",
    pattern="ex_client_abusive_emails_over_invoice_to_bookkeeper", relationship="business", occasions=32,
    text="""\
IP = Gemma LOWTHER, self employed bookkeeper, kendal. SUSP = ex-client Robert STAINTON (62) who disputes her final invoice of £480. since 3/8 susp has sent aprox 30 emails to IP, many cc'd to her other clients, calling her a "crook", "parasite" and "useless cow". ALSO LEFT 2 VOICEMAILS SWEARING AT HER. no threats of violance. IP stressed + embarassed, says she has lost one client over it. Advice re civil route also given""",
    spans=[
        ("REPETITION", "since 3/8 susp has sent aprox 30 emails to IP"),
        ("STALK_CONTACT", "LEFT 2 VOICEMAILS SWEARING AT HER"),
        ("DISTRESS", "IP stressed + embarassed"),
    ],
)

case(
    15, "no_offence", "",
    voice="notebook", case="mixed", noise="clean", batch="k",
    pattern="mutual_row_between_chefs_during_service", relationship="colleague", occasions=1,
    text="""\
SATURDAY 17TH AUGUST 2024
2240 Attended restaurant, Market Place, Frome re staff dispute. Spoke to head chef Mr Dimitri PAPADAKIS and sous chef Mr Callum REEVES. Each states the other was abusive during service. Waitress Leanne FROST says both were shouting and swearing at each other across the pass and the owner had to separate them. No injuries, no damage. Mr REEVES says "THIS HAS BEEN GOING ON FOR MONTHS" but when asked could not give any other date or detail and said "I GIVE AS GOOD AS I GET". Both given words of advice. Owner to deal as a staffing matter. No offences disclosed.
2310 Resumed.""",
    spans=[],
)

case(
    16, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="k",
    pattern="patient_racially_abuses_receptionist_on_repeated_calls", relationship="customer", occasions=4,
    text="""\
CAD 2214 14/05. CLR IS PRACTICE MANAGER AT A GP SURGERY IN STOCKPORT. PATIENT (KNOWN, DETAILS ON FILE) HAS RUNG 4 TIMES THIS WK AND EACH TIME ABUSED RECEPTIONIST MS FOLA OYELARAN, CALLED HER "MONKEY" AND SAID HE WONT BE DEALT WITH BY "YOUR SORT". CALLS RECORDED. NO THREATS. STAFF MEMBER V UPSET. PRACTICE REMOVING PT FROM LIST. G3 - OFFICER TO ATTEND AND OBTAIN RECORDINGS""",
    spans=[
        ("REPETITION", "HAS RUNG 4 TIMES THIS WK"),
        ("RACIAL_HOSTILITY", "CALLED HER \"MONKEY\""),
        ("RACIAL_HOSTILITY", "\"YOUR SORT\""),
        ("DISTRESS", "STAFF MEMBER V UPSET"),
    ],
)

case(
    17, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="clean", batch="k",
    pattern="former_colleague_flowers_linkedin_views_card", relationship="colleague", occasions=4,
    text="""\
Mon 3 March - 0750 - white roses on the doorstep again, no card. Photographed (pic 14). Didn't say anything at work.
Wed 5 March - approx 1300 - saw Owen's car (silver Octavia, plate ends KXE) parked on Dock Street opposite our office at lunch. He left Halsey's in January. Couldn't see if he was in it.
Thu 6 March - 2115 - LinkedIn says Owen Garside viewed my profile 6 times this week. I have blocked him on everything else.
Sat 8 March - 1020 - card through door "I know you felt it too. O x". Kept it in a freezer bag like the officer said.
Sun 9 March - nothing.
Mon 10 March - told PC Hartley all the above on the phone (ref 0311 of 28/2).""",
    spans=[
        ("STALK_GIFTS", "white roses on the doorstep again"),
        ("STALK_LOITER", "parked on Dock Street opposite our office"),
        ("STALK_MONITOR", "viewed my profile 6 times this week"),
        ("UNWANTED", "I have blocked him on everything else"),
        ("STALK_GIFTS", "card through door"),
        ("FIXATION", "\"I know you felt it too. O x\""),
    ],
)

case(
    18, "harassment_fear_of_violence", "CF",
    voice="updates", case="lower", noise="heavy", batch="k",
    pattern="opposing_party_threatens_family_solicitor", relationship="acquaintance", occasions=4,
    text="""\
upd 1 - 21/11 1420 PC 4410: spoke to IP (mr andrew FAIRBAIRN, family solicitor, carlisle) - states opposing party in a contact case hes running, gavin MOFFAT, has rung office 3 times today, on 2nd call said "ill break your jaw you lying bastard". IP says hes worried hell get jumped leaving work tonight. advised re car park, colleague to walk out with him
upd 2 - 23/11 0915 PC 4410: further msg left overnight on firms VM "your finished mate, ill be at court n ill do you on the steps". IP v shaken, states he beleives MOFFAT will assault him at the hearing on 27/11, has asked court security to meet him at door
upd 3 - 23/11 1100 susp circ on PNC, attempt arrest
upd 4 - 24/11 no trace home addr. ASNT. handed to lates""",
    spans=[
        ("REPETITION", "has rung office 3 times today"),
        ("THREAT_VIOLENCE", "\"ill break your jaw you lying bastard\""),
        ("FEAR_OF_VIOLENCE", "hes worried hell get jumped leaving work tonight"),
        ("THREAT_VIOLENCE", "ill do you on the steps"),
        ("FEAR_OF_VIOLENCE", "he beleives MOFFAT will assault him at the hearing"),
    ],
)

case(
    19, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="k",
    pattern="customer_fixated_on_jewellery_maker_antisemitic_review", relationship="customer", occasions=14,
    text="""\
[REDACTED] (IP) sells handmade jewellery through her own website and Instagram. Since [DATE] an account she believes belongs to a former customer, [NAME 1], has commented on every post she makes, usually within minutes of it going up. IP blocked the account on 02/04; within a day a new account [HANDLE] began doing the same. [NAME 1] has placed 9 small orders, each with a note in the gift message box - "thinking of you always", "I'll wait as long as it takes" - and has asked on three occasions where IP lives so he can collect in person. When IP replied that she would not deal with him any further he wrote "typical Jew, only want my money" and posted that "the Jewess" was a fraud on a review site. IP reports she is not afraid, just exhausted by it, and is keeping the shop open. Screenshots exhibited [REDACTED]/1-12.""",
    spans=[
        ("STALK_CONTACT", "commented on every post she makes"),
        ("STALK_MONITOR", "usually within minutes of it going up"),
        ("UNWANTED", "IP blocked the account on 02/04"),
        ("STALK_CONTACT", "within a day a new account [HANDLE] began doing the same"),
        ("REPETITION", "placed 9 small orders"),
        ("FIXATION", "\"thinking of you always\""),
        ("FIXATION", "\"I'll wait as long as it takes\""),
        ("FIXATION", "asked on three occasions where IP lives"),
        ("RELIGIOUS_HOSTILITY", "\"typical Jew, only want my money\""),
        ("STALK_PUBLISH", "posted that \"the Jewess\" was a fraud on a review site"),
        ("DISTRESS", "just exhausted by it"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="k",
    pattern="pupils_father_fixated_on_teacher_she_resigns", relationship="acquaintance", occasions=7,
    text="""\
DS review 07/02. Crime currently sits as harassment. Having read the OIC's summary I don't agree. IP Ms Fiona KERRIGAN, Yr2 teacher. Susp Anthony DOLAN, father of a former pupil, has since Sept: written her 5 long letters left in her pigeon hole declaring his feelings; found her personal email and sent more; sat in his van outside her house in Hexham on at least 3 evenings (neighbour W1 statement); followed her into Tesco on 12/01 and stood at the end of the aisle. She has told him in writing to stop. IP has now resigned her post and starts at a school in Newcastle after half term, has had a doorbell camera fitted and is staying at her sister's at weekends. No threats, and she does not say she fears violence. Reclassify. OIC to complete S-DASH, consider SPO application, arrest plan by Fri.""",
    spans=[
        ("STALK_GIFTS", "5 long letters left in her pigeon hole declaring his feelings"),
        ("STALK_MONITOR", "found her personal email and sent more"),
        ("STALK_LOITER", "sat in his van outside her house"),
        ("REPETITION", "on at least 3 evenings"),
        ("STALK_FOLLOW", "followed her into Tesco on 12/01"),
        ("STALK_WATCH", "stood at the end of the aisle"),
        ("UNWANTED", "told him in writing to stop"),
        ("SERIOUS_IMPACT", "resigned her post"),
        ("SERIOUS_IMPACT", "had a doorbell camera fitted"),
        ("SERIOUS_IMPACT", "staying at her sister's at weekends"),
    ],
)

case(
    21, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="k",
    pattern="two_workplace_rows_months_apart_friendly_between", relationship="colleague", occasions=2,
    text="""\
IP Kwame ASANTE-BOATENG, shift supervisor at a distribution centre in Daventry, reports that colleague Stuart HIGGINS swore at him and called him a "jumped-up little nobody" during an argument over overtime on 12 January. They made up within the week and IP says they were on good terms through the spring and summer, often going for a pint after shifts. On 29 August HIGGINS again lost his temper with him, this time over a holiday request, and called him a "useless prick" in the canteen. IP reported it to HR, who have given HIGGINS a written warning. IP wanted it on record with police. No contact outside work, no messages, no threats. IP does not think it had anything to do with his race.""",
    spans=[
        ("REPETITION", "again"),
    ],
)

case(
    22, "harassment", "C",
    voice="notebook", case="mixed", noise="abbrev", batch="k",
    pattern="unhappy_dental_patient_calls_reception_daily", relationship="customer", occasions=20,
    text="""\
TUESDAY 08 APRIL 2025
1530 Dental practice, Altrincham. Spoke to Mrs Joanna KILBRIDE (dentist). States ex-patient Mr Barry NUTTALL (dob 04/11/1969) unhappy with crown fitted in Jan. Since 10/03 he has rung reception daily, sometimes 5-6 times, calling her "BUTCHER" and "DISGRACE", and has twice stood in reception shouting until asked to leave. Mrs KILBRIDE states "I'M NOT FRIGHTENED OF HIM, IT'S JUST RELENTLESS AND THE STAFF ARE WORN DOWN". Call log exhibit JK/1.
1610 Left.""",
    spans=[
        ("REPETITION", "rung reception daily, sometimes 5-6 times"),
        ("DISTRESS", "IT'S JUST RELENTLESS AND THE STAFF ARE WORN DOWN"),
    ],
)

case(
    23, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="abbrev", batch="k",
    pattern="ae_attender_threatens_sikh_registrar_on_visits", relationship="customer", occasions=3,
    text="""\
Report via hospital security lead Terry MALCOLMSON. A&E registrar Dr Harjit BAINS targeted by a frequent attender, Shane KILKENNY, on 3 visits in Sept. Each time called him a "towelhead" and said he'd "cut that thing off your head and you with it". Dr BAINS told security he fully expects to be attacked, and after the 2nd visit said he was frightened to walk to the multi-storey. Security now escorting him to his car.""",
    spans=[
        ("REPETITION", "on 3 visits in Sept"),
        ("RELIGIOUS_HOSTILITY", "called him a \"towelhead\""),
        ("THREAT_VIOLENCE", "\"cut that thing off your head and you with it\""),
        ("FEAR_OF_VIOLENCE", "he fully expects to be attacked"),
        ("FEAR_OF_VIOLENCE", "frightened to walk to the multi-storey"),
        ("SERIOUS_IMPACT", "Security now escorting him to his car"),
    ],
)

case(
    24, "stalking", "CS",
    voice="call_log", case="mixed", noise="abbrev", batch="k",
    pattern="ex_colleague_tracks_running_app_waits_at_route", relationship="colleague", occasions=6,
    text="""\
19:42 RP Lauren McCAFFERTY (31) reports ex-colleague Declan ROURKE keeps appearing on her evening runs round Pennington Flash. IP thinks he has been following her activity on Strava - he "liked" every run for months before she made her profile private in Oct. Since then he has been at the car park at the start of her route on 4 evenings, just sat in his car. Also emailed her work address asking "why have you gone private, I thought we had something". IP states she is not scared of him, wants police to speak to him.
19:50 No immediate risk. G3, appt booked 21/11 1000.
19:51 Prev: nil on file for either party.""",
    spans=[
        ("STALK_TURN_UP", "keeps appearing on her evening runs"),
        ("STALK_MONITOR", "following her activity on Strava"),
        ("UNWANTED", "made her profile private in Oct"),
        ("STALK_LOITER", "at the car park at the start of her route"),
        ("REPETITION", "on 4 evenings"),
        ("FIXATION", "\"why have you gone private, I thought we had something\""),
    ],
)

case(
    25, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="dash_note", case="mixed", noise="abbrev", batch="k",
    pattern="online_shop_customer_takes_address_from_label_racist_threats", relationship="customer", occasions=8,
    text="""\
S-DASH completed 03/09 with IP Mehreen CHAUDHRY (34), runs an online modest-fashion shop from home, Batley. Susp = customer, Wayne HOLROYD, bought 2 items in June.
Q1 frightened - YES "I think he's going to hurt me, he knows where I live".
Q2 prev harassment - YES, msgs via shop since June, 40+, keeps asking what she looks like without her scarf.
Q5 visits >3x/wk - YES, seen parked at end of her street most evenings last 2 wks (address taken off the returns label).
Q6 loitering - YES as above.
Q7 threats - YES. 28/08 msg "u lot need sorting out, ur first". 01/09 at her door shouting "paki bitch". IP states after 01/09 she was sure he was going to break in and attack her.
Q8 others harassed - NO.
9 YES = MEDIUM, raised to HIGH on professional judgement due to escalation. Children staying with grandparents for now. Stalking advocate referral made.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "\"I think he's going to hurt me, he knows where I live\""),
        ("STALK_CONTACT", "msgs via shop since June, 40+"),
        ("FIXATION", "keeps asking what she looks like without her scarf"),
        ("STALK_LOITER", "seen parked at end of her street most evenings last 2 wks"),
        ("STALK_MONITOR", "address taken off the returns label"),
        ("THREAT_VIOLENCE", "\"u lot need sorting out, ur first\""),
        ("STALK_TURN_UP", "at her door"),
        ("RACIAL_HOSTILITY", "\"paki bitch\""),
        ("FEAR_OF_VIOLENCE", "she was sure he was going to break in and attack her"),
        ("ESCALATION", "due to escalation"),
        ("SERIOUS_IMPACT", "Children staying with grandparents for now"),
    ],
)

case(
    26, "harassment_fear_of_violence", "CF",
    voice="call_log", case="inconsistent", noise="typos", batch="k",
    pattern="banned_gym_member_knife_threats_to_instructor", relationship="customer", occasions=4,
    text="""\
CLR Ryan FAIRWEATHER (gym instructer, Ashford) says banned member Jordan PEPPIATT sent him 3 txts last night saying hes going to "STAB U IN UR CAR PARK". follows same thing last thurs face to face outside the gym - "ur getting done". CLR says he was petrified then and is petrified now, hes convinced hell be knifed. Susp banned for dealing in the changing rooms per CLR, thats what its about. G2""",
    spans=[
        ("REPETITION", "3 txts last night"),
        ("THREAT_VIOLENCE", "\"STAB U IN UR CAR PARK\""),
        ("THREAT_VIOLENCE", "\"ur getting done\""),
        ("FEAR_OF_VIOLENCE", "he was petrified then and is petrified now"),
        ("FEAR_OF_VIOLENCE", "hes convinced hell be knifed"),
    ],
)

case(
    27, "stalking_fear_alarm_distress", "CSD",
    voice="result_note", case="mixed", noise="abbrev", batch="k",
    pattern="former_client_fixated_on_conveyancer_family_moved", relationship="customer", occasions=9,
    text="""\
Result 14/12: susp Philip ARKWRIGHT (49) charged, remanded to appear Harrogate MC Mon.
Circs: between May and Nov susp, a former client of IP (conveyancing solicitor Ms Eleanor VOSS), sent over 200 emails to her work and personal accounts, repeatedly rang the office asking for her, left gifts incl. a framed photo of her taken at her daughter's school sports day, and was captured on Ring doorbell at her front door at 0300 on 2 occasions. IP and family have since moved house, she has switched to remote working and her daughter has changed school. No threats made at any stage. CPS authorised. Bail objections: escalation, knowledge of IP's family. OIC DC 7719.""",
    spans=[
        ("REPETITION", "over 200 emails"),
        ("STALK_CONTACT", "repeatedly rang the office asking for her"),
        ("STALK_GIFTS", "left gifts incl. a framed photo"),
        ("STALK_WATCH", "of her taken at her daughter's school sports day"),
        ("STALK_TURN_UP", "at her front door at 0300"),
        ("REPETITION", "on 2 occasions"),
        ("SERIOUS_IMPACT", "moved house"),
        ("SERIOUS_IMPACT", "switched to remote working"),
        ("SERIOUS_IMPACT", "her daughter has changed school"),
        ("ESCALATION", "escalation"),
    ],
)

case(
    28, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="k",
    pattern="ex_employee_one_message_reviews_not_linked", relationship="colleague", occasions=1,
    text="""\
01/06 IP Chidinma OKAFOR, owner of a hair salon in Eccles, reports ex-employee Bethany SWALES sent her an abusive msg on 31/05 after being let go ("you'll regret this you two faced cow"). IP upset by it. IP thinks SWALES also left 3 bad Google reviews.
05/06 reviews left by 3 different customers, nothing to link to SWALES.
06/06 Spoke to SWALES. Admits the one msg, apologises, denies any other contact. IP confirms no further contact since 31/05. Words of advice given. NFA.""",
    spans=[
        ("DISTRESS", "IP upset by it"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="k",
    pattern="scaffolder_anti_romanian_abuse_on_site", relationship="colleague", occasions=15,
    text="""\
I am a plasterer from Romania and I have worked on the building site at Cliftonville since March. From the start of May one of the scaffolders, the one they call Tubby, now I know his name is Kevin ARCHER, started saying things when I pass. He calls me "gypo" and "Dracula", he asks if I have stolen anything today, he makes a noise like a dog. This is most days, I think maybe fifteen times. Sometimes he does it at the morning briefing in front of everyone. I told the site manager Mr Hale on 20 May. I am not afraid of him, he is just stupid, but it makes me feel small in front of the other men and I eat my lunch in my van now.""",
    spans=[
        ("RACIAL_HOSTILITY", "He calls me \"gypo\" and \"Dracula\""),
        ("RACIAL_HOSTILITY", "he asks if I have stolen anything today"),
        ("REPETITION", "most days, I think maybe fifteen times"),
        ("DISTRESS", "it makes me feel small in front of the other men"),
    ],
)

case(
    30, "stalking", "CS",
    voice="mo_field", case="lower", noise="abbrev", batch="k",
    pattern="ex_patient_gifts_on_physio_car_letters_home", relationship="customer", occasions=8,
    text="""\
susp ex-patient of IP (physio). leaves gifts on IP's car windscreen in clinic car park weekly since jan. letters to home addr which she never gave him, asks why she is "ignoring us". told to stop by clinic 12/02. ip annoyed not scared""",
    spans=[
        ("STALK_GIFTS", "leaves gifts on IP's car windscreen"),
        ("REPETITION", "weekly since jan"),
        ("STALK_CONTACT", "letters to home addr"),
        ("STALK_MONITOR", "which she never gave him"),
        ("FIXATION", "why she is \"ignoring us\""),
        ("UNWANTED", "told to stop by clinic 12/02"),
    ],
)

case(
    31, "aggravated_stalking", "CSR",
    voice="call_log", case="mixed", noise="abbrev", batch="k",
    pattern="registrar_watches_junior_doctor_on_ward_religious_slur", relationship="colleague", occasions=5,
    text="""\
0912 RP Dr Anjali MEHTA, F2 doctor at the Royal. States a registrar she worked with on rotation, Dr Stephen COLLINGE, will not leave her alone since she turned down a date in Aug - comes onto her ward when he's not on shift and stands at the nurses station watching her, rang her 14x on Sun. After she reported him to the deanery he texted "cow worshipping freak, who do you think you are". RP says she isn't scared of him, "just want him told".
0920 Advice given, crime raised, OIC to call back. RP prefers contact after 1800.""",
    spans=[
        ("FIXATION", "will not leave her alone"),
        ("UNWANTED", "she turned down a date in Aug"),
        ("STALK_TURN_UP", "comes onto her ward when he's not on shift"),
        ("STALK_WATCH", "stands at the nurses station watching her"),
        ("STALK_CONTACT", "rang her 14x on Sun"),
        ("RELIGIOUS_HOSTILITY", "\"cow worshipping freak"),
    ],
)

case(
    32, "harassment", "C",
    voice="vps", case="mixed", noise="clean", batch="k",
    pattern="planning_applicant_abusive_emails_to_officer", relationship="customer", occasions=40,
    text="""\
I have been a planning officer for nine years and I am used to people being unhappy with decisions. What Mr DUNMORE did was different. Over about two months he sent me emails most days calling me corrupt, "a little Hitler" and "a disgrace to your mother", and he rang my direct line and swore at me. He did it to nobody else in the team. I dreaded opening my inbox. I was never frightened he would hurt me, but I was upset and tired all the time and I brought it home with me.""",
    spans=[
        ("REPETITION", "Over about two months"),
        ("STALK_CONTACT", "sent me emails most days"),
        ("DISTRESS", "I dreaded opening my inbox"),
        ("DISTRESS", "I was upset and tired all the time"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFR",
    voice="mo_field", case="upper", noise="abbrev", batch="k",
    pattern="coworker_knife_threats_anti_lithuanian", relationship="colleague", occasions=3,
    text="""\
SUSP (CO-WORKER, MEAT PROCESSING PLANT) HAS ON 3 OCCASIONS THREATENED TO "GUT" IP WITH A BONING KNIFE AND CALLED HIM "A LITHUANIAN RAT". IP STATES HE BELIEVED HE WOULD BE STABBED ON 2ND AND 3RD OCCASIONS. IP NOW REFUSES TO WORK SAME LINE AS SUSP""",
    spans=[
        ("REPETITION", "ON 3 OCCASIONS"),
        ("THREAT_VIOLENCE", "THREATENED TO \"GUT\" IP WITH A BONING KNIFE"),
        ("RACIAL_HOSTILITY", "\"A LITHUANIAN RAT\""),
        ("FEAR_OF_VIOLENCE", "HE BELIEVED HE WOULD BE STABBED ON 2ND AND 3RD OCCASIONS"),
        ("SERIOUS_IMPACT", "REFUSES TO WORK SAME LINE AS SUSP"),
    ],
)

case(
    34, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="k",
    pattern="former_temp_fixated_on_office_manager_wife_moves_out", relationship="colleague", occasions=11,
    text="""\
CAD 0431 12/03/25
0817 CLR Mr Gareth PRYCE-JONES (44), office manager at an insurance broker, Wrexham. States a former temp, Kirsty LEADBETTER (29), whose contract ended in Nov, is outside the office again this morning sat on the wall by the bins. CLR says this is "the 8th or 9th time since Xmas". G2.
0850 PC 2093 attended, female gone on arrival. AQOA.

Crime summary (DC 4102): IP worked alongside susp for 6 wks last autumn. He says they were never more than colleagues; susp appears to believe otherwise. Since her contract ended she has sent cards to the office and to his home (he isn't sure how she got the address, thinks possibly a Christmas card list on the shared drive); created a Facebook page titled with both their names, posting photos of him taken outside his house; messaged his wife via Messenger saying she "should step aside"; and waited on the office wall on the mornings above. He asked her by email on 06/01 to stop all contact. IP does not believe she would be violent - "she's tiny, it's not that" - but he has changed his hours to start at 0700 before she'd be there, his wife has moved with the children to her mother's in Mold for the time being, and he has been signed off for two weeks with stress. Employer has given him a parking space by the door and fitted a buzzer.

Update 19/03: FB page taken down following request to Meta. Susp not in at home address on 2 visits, card left asking her to contact OIC.""",
    spans=[
        ("STALK_LOITER", "sat on the wall by the bins"),
        ("REPETITION", "\"the 8th or 9th time since Xmas\""),
        ("FIXATION", "susp appears to believe otherwise"),
        ("STALK_GIFTS", "sent cards to the office and to his home"),
        ("STALK_PUBLISH", "created a Facebook page titled with both their names"),
        ("STALK_WATCH", "posting photos of him taken outside his house"),
        ("STALK_CONTACT", "messaged his wife via Messenger"),
        ("FIXATION", "saying she \"should step aside\""),
        ("UNWANTED", "asked her by email on 06/01 to stop all contact"),
        ("SERIOUS_IMPACT", "changed his hours to start at 0700"),
        ("SERIOUS_IMPACT", "moved with the children to her mother's in Mold"),
        ("SERIOUS_IMPACT", "signed off for two weeks with stress"),
    ],
)

case(
    35, "no_offence", "",
    voice="call_log", case="lower", noise="typos", batch="k",
    pattern="debt_agency_letters_for_dentist_reported_as_harassment", relationship="business", occasions=10,
    text="""\
caller states she is being harrassed by a debt collection agency acting for her old dentist, letters x4 and calls x6 since feb re unpaid bill £340. calls polite, letters standard. caller accepts bill is owed but says she cant pay rite now. advised civil matter, given stepchange number. no offences. closed""",
    spans=[],
)

case(
    36, "harassment_fear_of_violence", "CF",
    voice="victim_diary", case="mixed", noise="clean", batch="k",
    pattern="excluded_former_pupil_threatens_teacher", relationship="acquaintance", occasions=2,
    text="""\
Tues 4 Feb - 3.40pm - leaving school by the side gate. Ellis (ex Yr11, permanently excluded last year) shouted across the road "I'm gonna smash your face in Sir". I went back inside. Hands shaking, honestly thought he was going to run over and hit me.
Thurs 6 Feb - Snapchat from an account "ellzz_x" - "ur dead when I see u".
Fri 7 Feb - Drove in instead of walking. Really frightened he'll be waiting and he'll do it this time.""",
    spans=[
        ("THREAT_VIOLENCE", "\"I'm gonna smash your face in Sir\""),
        ("FEAR_OF_VIOLENCE", "honestly thought he was going to run over and hit me"),
        ("THREAT_VIOLENCE", "\"ur dead when I see u\""),
        ("SERIOUS_IMPACT", "Drove in instead of walking"),
        ("FEAR_OF_VIOLENCE", "Really frightened he'll be waiting and he'll do it this time"),
    ],
)

case(
    37, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean", batch="k",
    pattern="man_films_pcso_posts_racist_videos_waits_at_flat", relationship="acquaintance", occasions=13,
    text="""\
I am a PCSO attached to the Hartcliffe neighbourhood team. I make this statement about the man I know as Lee VOWLES. Since I issued him with a community protection warning in January he has filmed me on his phone whenever I am on patrol in the precinct, at least ten times, and posted the clips on a YouTube channel with captions calling me a "jungle bunny in a hat" and telling viewers where my beat is. In March I was at home, off duty, when I saw him standing across the road from my flat. I had never told anyone in the area where I live. On 2nd April, in the precinct, he came right up to my face and said "YOU'LL GET WHAT'S COMING TO YOU, MONKEY". I believed he was about to hit me and I radioed for assistance. Since then I have been sure he will attack me when I am on my own. I no longer patrol alone and I have asked to be moved to another ward.""",
    spans=[
        ("STALK_WATCH", "filmed me on his phone whenever I am on patrol"),
        ("REPETITION", "at least ten times"),
        ("STALK_PUBLISH", "posted the clips on a YouTube channel"),
        ("RACIAL_HOSTILITY", "\"jungle bunny in a hat\""),
        ("STALK_PUBLISH", "telling viewers where my beat is"),
        ("STALK_LOITER", "standing across the road from my flat"),
        ("THREAT_VIOLENCE", "YOU'LL GET WHAT'S COMING TO YOU"),
        ("RACIAL_HOSTILITY", "MONKEY"),
        ("FEAR_OF_VIOLENCE", "I believed he was about to hit me"),
        ("FEAR_OF_VIOLENCE", "I have been sure he will attack me when I am on my own"),
        ("SERIOUS_IMPACT", "I no longer patrol alone"),
        ("SERIOUS_IMPACT", "asked to be moved to another ward"),
    ],
)

case(
    38, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="k",
    pattern="ex_student_new_accounts_turns_up_at_busking_pitch", relationship="online", occasions=11,
    text="""\
02/10 IP (online guitar teacher) says ex-student Rosalind FENWICK keeps creating new accounts to book lessons after he ended her sessions in July. 7 accounts so far. Also sends voice notes of herself singing to him.
09/10 IP rang back - she has now turned up at his Saturday busking pitch in Leeds city centre 3 weekends running and stands right at the front. IP "weirded out" but not frightened.""",
    spans=[
        ("STALK_CONTACT", "keeps creating new accounts to book lessons"),
        ("UNWANTED", "after he ended her sessions in July"),
        ("REPETITION", "7 accounts so far"),
        ("FIXATION", "sends voice notes of herself singing to him"),
        ("STALK_TURN_UP", "turned up at his Saturday busking pitch"),
        ("REPETITION", "3 weekends running"),
        ("STALK_WATCH", "stands right at the front"),
        ("DISTRESS", "\"weirded out\""),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="crime_summary", case="lower", noise="abbrev", batch="k",
    pattern="nail_bar_customer_anti_east_asian_remarks", relationship="customer", occasions=3,
    text="""\
between 14/01 and 03/02 susp (regular customer of nail bar on high st, barnsley) has on 3 visits made comments to staff member IP Linh NGUYEN incl "bat eater" and "take your covid back home", and on 03/02 told other customers not to let "the chinky" touch them. IP is vietnamese. IP embarrassed, has asked manager to deal with him in future. no threats.""",
    spans=[
        ("REPETITION", "on 3 visits"),
        ("RACIAL_HOSTILITY", "\"bat eater\""),
        ("RACIAL_HOSTILITY", "\"take your covid back home\""),
        ("RACIAL_HOSTILITY", "\"the chinky\""),
        ("DISTRESS", "IP embarrassed"),
    ],
)

case(
    40, "harassment", "C",
    voice="judgment", case="mixed", noise="clean", batch="k",
    pattern="three_abusive_voicemails_to_lawyer_within_minutes", relationship="customer", occasions=3,
    text="""\
The appellant had been represented by the complainant's firm in an employment tribunal claim which failed. On the evening of 19 October 2022, between 2104 and 2113, he left three voicemail messages on the complainant's mobile, each abusive and each describing her competence in obscene terms. She listened to them the following morning and was distressed. Each call was a separate decision to telephone her. There was no threat of violence and none is alleged.""",
    spans=[
        ("STALK_CONTACT", "left three voicemail messages on the complainant's mobile"),
        ("DISTRESS", "was distressed"),
    ],
)

case(
    41, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="heavy", batch="k",
    pattern="refund_customer_anti_muslim_threats_to_online_trader", relationship="customer", occasions=6,
    text="""\
CLR RUNS ONLINE PHONE ACCESORIES SHOP FROM A UNIT IN SMALL HEATH. CUSTOMER WHO WANTED REFUND HAS SENT 6 MSGS SINCE MON CALLING HIM A "TERRORIST" AND "MOZZIE SCUM" AND SAYING HE WILL "COME DOWN N BLOW YOUR UNIT UP WITH YOU IN IT" AND "ILL BEHEAD U LIKE YOUR LOT DO". CLR SAYS WAS TERRIFIED AFTER FIRST ONE N LOCKED UNIT DOOR, NOW SCARED TO OPEN UP IN MORNINGS INCASE HES OUTSIDE WAITING TO HURT HIM. HAS CUSTOMERS NAME N ADRESS FROM ORDER. G2 - CRIME TO BE RAISED""",
    spans=[
        ("REPETITION", "6 MSGS SINCE MON"),
        ("RELIGIOUS_HOSTILITY", "\"TERRORIST\" AND \"MOZZIE SCUM\""),
        ("THREAT_VIOLENCE", "\"COME DOWN N BLOW YOUR UNIT UP WITH YOU IN IT\""),
        ("THREAT_VIOLENCE", "ILL BEHEAD U"),
        ("RELIGIOUS_HOSTILITY", "LIKE YOUR LOT DO"),
        ("FEAR_OF_VIOLENCE", "WAS TERRIFIED AFTER FIRST ONE"),
        ("FEAR_OF_VIOLENCE", "SCARED TO OPEN UP IN MORNINGS INCASE HES OUTSIDE WAITING TO HURT HIM"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="redacted", batch="k",
    pattern="patients_son_fixated_on_male_nurse_anti_filipino", relationship="acquaintance", occasions=9,
    text="""\
Email received from ward sister [REDACTED], Ward 9, re staff nurse Jomar DELA CRUZ. The son of a long-stay patient, believed Martin HEWSON, has been coming onto the ward outside visiting hours asking only for Jomar, has waited at the bus stop outside main entrance at the end of Jomar's shift on 4-5 occasions and got on the same bus twice. He has sent Jomar friend requests and messages on Facebook ("you and me are meant to be"). Jomar told him to stop on 11/07 with the sister present. Since then HEWSON has messaged "you filipino lot are all the same, leading men on" and "go back to Manila". Jomar is carrying on as normal and told the sister he is not worried for his safety but wants it dealt with. Patient discharged 15/07. Sender's number [REDACTED] for call back.""",
    spans=[
        ("STALK_TURN_UP", "coming onto the ward outside visiting hours"),
        ("FIXATION", "asking only for Jomar"),
        ("STALK_LOITER", "waited at the bus stop outside main entrance"),
        ("REPETITION", "on 4-5 occasions"),
        ("STALK_FOLLOW", "got on the same bus twice"),
        ("STALK_CONTACT", "sent Jomar friend requests and messages on Facebook"),
        ("FIXATION", "\"you and me are meant to be\""),
        ("UNWANTED", "Jomar told him to stop on 11/07"),
        ("RACIAL_HOSTILITY", "\"you filipino lot are all the same, leading men on\""),
        ("RACIAL_HOSTILITY", "\"go back to Manila\""),
    ],
)

case(
    43, "stalking_fear_alarm_distress", "CSFD",
    voice="notebook", case="mixed", noise="clean", batch="k",
    pattern="former_manager_drives_past_parents_house_letters", relationship="colleague", occasions=7,
    text="""\
WEDNESDAY 22ND JANUARY 2025
0930 Spoke to Miss Tamsin ELLERY at her parents' address in Ludlow. She left her job at a garden centre in Dec after her manager, Mr Graham PITTAWAY, repeatedly asked her out and touched her hair. Since leaving she states PITTAWAY has driven past her parents' house "most days", parked in the lay-by opposite on 18/01 for over an hour, and put 3 letters through the door by hand. Last letter reads "YOU CAN'T HIDE FROM ME AT YOUR MUM'S FOREVER". She states "I THINK HE'S GOING TO GRAB ME ONE DAY AND NOBODY WILL KNOW". She has not been out alone since 18/01. On 20/01 she saw his car behind hers on the A49 and pulled into a petrol station, states "I THOUGHT HE WAS GOING TO RUN ME OFF THE ROAD". Letters seized as TE/1-3.
1025 Left.""",
    spans=[
        ("STALK_WATCH", "driven past her parents' house"),
        ("REPETITION", "\"most days\""),
        ("STALK_LOITER", "parked in the lay-by opposite on 18/01 for over an hour"),
        ("STALK_GIFTS", "put 3 letters through the door by hand"),
        ("FIXATION", "\"YOU CAN'T HIDE FROM ME AT YOUR MUM'S FOREVER\""),
        ("FEAR_OF_VIOLENCE", "\"I THINK HE'S GOING TO GRAB ME ONE DAY AND NOBODY WILL KNOW\""),
        ("SERIOUS_IMPACT", "She has not been out alone since 18/01"),
        ("STALK_FOLLOW", "saw his car behind hers on the A49"),
        ("FEAR_OF_VIOLENCE", "\"I THOUGHT HE WAS GOING TO RUN ME OFF THE ROAD\""),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="k",
    pattern="care_leaver_fixated_on_personal_adviser_racist_tiktok", relationship="customer", occasions=12,
    text="""\
Crime ref 14/88213/24. OIC DC Harriet MOSS.
Summary: IP Adaeze NWOSU (38) is a personal adviser in the leaving care team. Susp Connor BRIGGS (21) was on her caseload until Apr 24, when he was reallocated at IP's request after he told her he loved her in a supervision session. Since reallocation:
- he has rung the team duty line most days asking to speak to her, sometimes 10+ calls in a day (duty log obtained, 140 calls May-Aug);
- posted at least 6 TikTok videos about her using her full name and a photo lifted from the council website, at first calling her "my African queen" and later, after she had him blocked, "a jumped-up African witch" and saying "these foreigners shouldn't be allowed near kids";
- on 11/07 and 23/07 he was seen by a neighbour sitting on the wall outside IP's home in Bedminster. IP has no idea how he found the address, she is not on the open electoral roll. Possibly followed her from the office - unconfirmed;
- on 02/08 flowers and a card signed "yours forever C" left on her car on the drive.
No threats at any point and IP says she doesn't think he would hurt her - "it's the not knowing where he'll turn up next". IP has moved out with her two children to a rented flat across the city, has changed to a different team in a different building, and is having counselling through OH. Employer supportive.
Update 19/08: TikTok account reported, 4 of 6 videos removed. Screenshots of all 6 exhibited AN/1-6.
Update 22/08: susp arrested at home address, interviewed, no comment. RUI pending phone download.
Update 04/09 (Sgt): the hostility in the videos needs to be reflected on the crime record. Also consider SPO.""",
    spans=[
        ("FIXATION", "he told her he loved her in a supervision session"),
        ("STALK_CONTACT", "rung the team duty line most days asking to speak to her"),
        ("REPETITION", "140 calls May-Aug"),
        ("STALK_PUBLISH", "posted at least 6 TikTok videos about her"),
        ("FIXATION", "\"my African queen\""),
        ("UNWANTED", "after she had him blocked"),
        ("RACIAL_HOSTILITY", "\"a jumped-up African witch\""),
        ("RACIAL_HOSTILITY", "\"these foreigners shouldn't be allowed near kids\""),
        ("REPETITION", "on 11/07 and 23/07"),
        ("STALK_LOITER", "sitting on the wall outside IP's home in Bedminster"),
        ("STALK_GIFTS", "flowers and a card signed \"yours forever C\" left on her car"),
        ("DISTRESS", "\"it's the not knowing where he'll turn up next\""),
        ("SERIOUS_IMPACT", "moved out with her two children to a rented flat across the city"),
        ("SERIOUS_IMPACT", "changed to a different team in a different building"),
        ("SERIOUS_IMPACT", "having counselling through OH"),
    ],
)
