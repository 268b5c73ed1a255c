# ruff: noqa: E501
"""Hand-written narratives, writer yf: partner-agency referrals and letters (MARAC, IDVA/ISVA, social care, schools, housing, health, universities, HR, solicitors, probation)."""

from corpora.handwritten import case

case(
    1, "no_offence", "",
    voice="dash_note", case="mixed", noise="abbrev", batch="yf",
    pattern="idva_notes_two_incidents_months_apart_with_reconciliation_between", relationship="ex_partner", occasions=2,
    text="""\
IDVA case notes - [NAME 1] (client)
12/11 tel call w/ client. Client reports ex [NAME 2] turned up at her mum's address on 2 March this year after they split, banging on door, left after 10 mins. Police not called at the time. Client and [NAME 2] got back together mid April and lived together until end of Oct, no issues during that time per client. Relationship ended again 29/10 by agreement. On 9/11 he sent her a load of nasty messages one evening calling her a liar and a user, nothing before or since, she has blocked him. Client says she isn't frightened of him and doesn't want police involvement, main concern is getting her name off the tenancy. DASH completed - standard. Advised re: options incl. CAB for tenancy. Will close case if no further contact by 30/11.""",
    spans=[
        ("STALK_TURN_UP", "turned up at her mum's address on 2 March this year"),
        ("STALK_CONTACT", "sent her a load of nasty messages one evening"),
    ],
)

case(
    2, "no_offence", "",
    voice="third_party", case="mixed", noise="typos", batch="yf",
    pattern="housing_officer_neighbours_mutual_rows_over_fence_and_bins", relationship="neighbour", occasions=2,
    text="""\
From: Tenancy Sustainment Officer, Kestrel Homes
To: Neighbourhood Policing Team
Re: 14 and 16 Larchmere Close

Hi, following up on the CAD from Saturday (ref 0412 of 18/05). I visited both housholds yesterday. Mrs Oduya at no.14 says Mr Pell at no.16 has been "harrassing" her since the new fence went up. Having spoken to both and to two other neighbours I dont think its one sided at all. On 11th May they had a shouting match over the bins, both swearing at each other, Mr Pell filming on his phone while Mrs Oduya's son called him a nonce. Saturday was another row at the fence, both shouting, Mrs Oduya threw a bucket of water over it and Mr Pell called her a stupid cow. Both want the other arrested!! I have issued both with ASB warning letters and am offering mediation through Resolve. Not sure theres much for police here but flagging in case it escalates.
Regards, Dawn Pickering""",
    spans=[],
)

case(
    3, "no_offence", "",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="solicitor_asks_police_to_stop_debt_collector_letters_and_visit", relationship="business", occasions=8,
    text="""\
Dear Sir/Madam,

Our client: Mr Terence Hollis, 41 Quarry Bank, Eastwell

We act for Mr Hollis, who asks that the police take action for harassment against Castlegate Credit Recovery Ltd. Since January our client has received six letters and a number of telephone calls from Castlegate regarding an outstanding balance of £2,340 on a catalogue account, and on 3 April a field agent attended his home address and left a calling card. Our client disputes the debt and finds the correspondence upsetting. He has not been threatened and the agent did not enter the property. We would be grateful if an officer could contact Castlegate and require them to cease all contact with our client pending resolution of the dispute, which is now with the Financial Ombudsman.

Yours faithfully,
Brannock & Lyle Solicitors""",
    spans=[
        ("DISTRESS", "finds the correspondence upsetting"),
    ],
)

case(
    4, "no_offence", "R",
    voice="third_party", case="mixed", noise="abbrev", batch="yf",
    pattern="hospital_security_note_single_racist_slur_at_nurse_by_visitor", relationship="stranger", occasions=1,
    text="""\
ED security 0215 23/08: visitor (not a pt) told SN [NAME] 'get your black hands off me' + racial slur when asked to move from corridor. Ejected. Not known to her. SN shaken. Info only.""",
    spans=[
        ("RACIAL_HOSTILITY", "'get your black hands off me' + racial slur"),
        ("DISTRESS", "SN shaken"),
    ],
)

case(
    5, "harassment", "C",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="hr_grievance_team_lead_abusive_work_emails_to_colleague", relationship="colleague", occasions=23,
    text="""\
HR case note - Grievance ref GR/2291
Complainant: Priya Venn (Accounts Payable). Respondent: Martin Ashby (Accounts Payable, team lead).

PV states that since the restructure in February MA has sent her repeated emails and Teams messages criticising her work in an abusive way, often late at night, e.g. 'you are the most useless person I have ever had the misfortune to manage' and 'do your job or get out'. PV has provided 23 messages dated 14/02 to 02/04. She says the messages have continued after she asked him in writing on 10 March to keep communication professional. There is no suggestion of any personal interest in PV outside work; she believes he wants her to resign so a friend of his can have her role. PV reports feeling anxious coming in but is still attending and has not taken leave. PV asked whether the matter could also go to police; advised she can report herself, and she has done so (ref 47190322).""",
    spans=[
        ("STALK_CONTACT", "sent her repeated emails and Teams messages criticising her work in an abusive way"),
        ("REPETITION", "often late at night"),
        ("REPETITION", "23 messages dated 14/02 to 02/04"),
        ("UNWANTED", "the messages have continued after she asked him in writing on 10 March"),
        ("DISTRESS", "feeling anxious coming in"),
    ],
)

case(
    6, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="yf",
    pattern="housing_officer_reports_neighbour_photographing_van_over_shared_drive", relationship="neighbour", occasions=6,
    text="""\
CALLER IS HOUSING OFFICER FROM RIVERSIDE ESTATES RE TENANT MR GARY FENWICK 22 ORCHARD WAY. MR FENWICK REPORTS NEIGHBOUR AT NO 24 (SUSP ALAN BRIGGS) HAS BEEN PHOTOGRAPHING HIS VAN EVERY TIME IT IS PARKED ACROSS THE SHARED DRIVE AND STANDING AT HIS WINDOW WATCHING WHEN MR F LOADS UP IN THE MORNINGS. ONGOING SINCE JULY. SUSP HAS ALSO PUT 3 NOTES THROUGH DOOR RE THE PARKING SAYING HE WILL REPORT HIM TO THE COUNCIL. HO SAYS IT IS ALL ABOUT THE DRIVEWAY, SUSP HAS COMPLAINED TO HOUSING 4 TIMES ABOUT THE VAN BLOCKING HIS ACCESS. NO THREATS. MR F 'FED UP WITH IT'. HO ASKING IF POLICE CAN HAVE A WORD. ADV LARGELY CIVIL RE THE DRIVE, LOG CREATED FOR NPT TO REVIEW.""",
    spans=[
        ("STALK_WATCH", "PHOTOGRAPHING HIS VAN EVERY TIME IT IS PARKED ACROSS THE SHARED DRIVE"),
        ("STALK_WATCH", "STANDING AT HIS WINDOW WATCHING WHEN MR F LOADS UP IN THE MORNINGS"),
        ("REPETITION", "ONGOING SINCE JULY"),
        ("STALK_CONTACT", "PUT 3 NOTES THROUGH DOOR RE THE PARKING"),
        ("DISTRESS", "'FED UP WITH IT'"),
    ],
)

case(
    7, "harassment", "CD",
    voice="third_party", case="lower", noise="typos", batch="yf",
    pattern="university_flatmate_homophobic_messages_student_moves_out", relationship="acquaintance", occasions=17,
    text="""\
student wellbeing - referral to campus police liaison
student: [STUDENT A], 2nd yr, holloway hall flat 3C

A came to drop in 14/1 very upset. says flatmate [STUDENT B] has been sending him messages on the flat groupchat and privately since start of december calling him a 'f****t' and saying nobody wants a 'bender' sharing the bathroom. A showed me about 15 msgs. B has also written stuff about him on the kitchen whiteboard twice. A says B has never threatend him and hes not scared of him as such, just cant face being in the flat. A has now moved out to a friends in town and is comuting in, has missed 2 wks of lab sessions. accomodation team arranging a room transfer to another hall. A consents to police being told.""",
    spans=[
        ("DISTRESS", "very upset"),
        ("STALK_CONTACT", "sending him messages on the flat groupchat and privately"),
        ("REPETITION", "since start of december"),
        ("STALK_CONTACT", "written stuff about him on the kitchen whiteboard twice"),
        ("SERIOUS_IMPACT", "has now moved out to a friends in town and is comuting in"),
        ("SERIOUS_IMPACT", "has missed 2 wks of lab sessions"),
    ],
)

case(
    8, "harassment", "C",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="gp_practice_manager_three_voicemails_in_minutes_one_threat_not_afraid", relationship="customer", occasions=3,
    text="""\
Letter from the Practice Manager, Fernside Medical Centre, 6 September

I am writing to report the following. On Tuesday 3rd September between 1812 and 1821, after the surgery had closed, a former patient, Mr Dean Rusk, left three voicemails on the practice manager's line, which is my direct line. In the first he called me a 'jumped up cow' for removing him from our list. In the second he said I would 'get what's coming', and in the third he repeated the abuse and said he would be telling everyone on Facebook what sort of practice this is. He was removed from the list on 30 August following an incident with a receptionist. I have not heard from him since. I am not frightened for my safety but the calls were unpleasant, and my staff were upset when they heard them the next morning. We would like this recorded and for an officer to advise him not to contact me.""",
    spans=[
        ("STALK_CONTACT", "left three voicemails on the practice manager's line"),
        ("REPETITION", "between 1812 and 1821"),
        ("STALK_CONTACT", "called me a 'jumped up cow'"),
        ("THREAT_VIOLENCE", "he said I would 'get what's coming'"),
        ("REPETITION", "in the third he repeated the abuse"),
        ("DISTRESS", "the calls were unpleasant"),
    ],
)

case(
    9, "harassment", "C",
    voice="third_party", case="mixed", noise="abbrev", batch="yf",
    pattern="mash_record_ex_partner_volume_of_messages_about_child_contact_only", relationship="ex_partner", occasions=40,
    text="""\
MASH contact record
Referrer: Children's Services, Family Support (SW K. Dlamini)
Child: [CHILD 1] (6). Parents separated Jan 2023.

Mother [MOTHER] reports father [FATHER] has been sending her repeated angry texts and emails about contact, approx 40 since the court hearing on 12/09, mostly demanding extra weekends and accusing her of "stopping me seeing my own son". Also rang her 6x on 21/09 about a missed handover. Messages are all about the contact arrangements and the child; M says he has no interest in getting back with her and he has a new partner and baby. No threats, no attendance at home address, handovers take place at the contact centre. M finds it draining. SW view: high conflict co-parenting, referring to police at mother's request re: volume of messages. No safeguarding concerns for child at this time. Mediation info sent to both parents.""",
    spans=[
        ("STALK_CONTACT", "sending her repeated angry texts and emails about contact"),
        ("REPETITION", "approx 40 since the court hearing on 12/09"),
        ("STALK_CONTACT", "rang her 6x on 21/09 about a missed handover"),
        ("DISTRESS", "M finds it draining"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CFD",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="probate_solicitor_brother_threatens_executor_sister_over_will", relationship="family", occasions=3,
    text="""\
Dear Officer in Charge,

Re: Estate of the late Mrs Eileen Marsh - our client Mrs Joanne Tate

We write at our client's request. Mrs Tate is the executor of her late mother's estate. Her brother, Mr Colin Marsh, disputes the will. On 14 June he telephoned her and said that if she sold the house he would 'break her neck'. On 2 July he came to her door while she was out and told her husband he would 'sort her out properly' when he caught her. On 9 July he sent her a text reading 'your days are numbered sis'. Mrs Tate is genuinely frightened that her brother will attack her; he has a conviction for assault from 2011. She has since had a video doorbell fitted and no longer answers the door after dark. We ask that the police speak to Mr Marsh as a matter of urgency. The civil dispute about the will is being dealt with separately through the court.

Yours faithfully,
Harcourt Wilde, Private Client Department""",
    spans=[
        ("THREAT_VIOLENCE", "he would 'break her neck'"),
        ("STALK_TURN_UP", "came to her door while she was out"),
        ("THREAT_VIOLENCE", "he would 'sort her out properly' when he caught her"),
        ("THREAT_VIOLENCE", "'your days are numbered sis'"),
        ("FEAR_OF_VIOLENCE", "genuinely frightened that her brother will attack her"),
        ("SERIOUS_IMPACT", "had a video doorbell fitted and no longer answers the door after dark"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CF",
    voice="call_log", case="inconsistent", noise="abbrev", batch="yf",
    pattern="asb_caseworker_disabled_tenant_threatened_twice_by_upstairs_neighbour", relationship="neighbour", occasions=2,
    text="""\
Call from ASB caseworker (Meadowbank Housing) on behalf of tenant Mr Keith LOWRY, Flat 2, 9 Tanner St. Mr L is a wheelchair user. States upstairs neighbour SUSP Ricky DOYLE has twice threatened him in the communal hallway - 04/10 'I'll tip you out of that chair and stamp on you' and on 10/10 said he'd 'finish him off' if he complained to housing again. Calls him a 'cripple' and 'spaz' whenever he sees him. IP told caseworker he is TERRIFIED Doyle will hurt him. ASB case open since Aug re noise from doyle's flat (music till 3am). caseworker requesting police attend, IP happy to give statement. PLS ARRANGE VISIT, IP has limited mobility, ground floor flat, ring bell and wait.""",
    spans=[
        ("REPETITION", "twice"),
        ("THREAT_VIOLENCE", "'I'll tip you out of that chair and stamp on you'"),
        ("THREAT_VIOLENCE", "said he'd 'finish him off' if he complained to housing again"),
        ("STALK_CONTACT", "Calls him a 'cripple' and 'spaz' whenever he sees him"),
        ("FEAR_OF_VIOLENCE", "he is TERRIFIED Doyle will hurt him"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="third_party", case="mixed", noise="abbrev", batch="yf",
    pattern="hr_security_referral_dismissed_worker_threatens_manager_after_sacking", relationship="colleague", occasions=3,
    text="""\
HR Security Referral - CONFIDENTIAL
Subject: former employee Lee GASKIN (dismissed 18/03, gross misconduct)
Staff member affected: Femi Adeyemi, Warehouse Shift Manager

FA chaired the disciplinary hearing. Since dismissal LG has (1) approached FA in the staff car park on 22/03 and said 'you'll get yours, I know what car you drive', (2) phoned the warehouse office on 27/03 asking for FA by name and telling the supervisor to pass on that FA was 'going to get a kicking', (3) sent FA a Facebook message on 01/04 saying 'see you soon big man'. FA has told HR he is frightened LG will attack him when he leaves at night. FA is originally from Lagos and has been with the company 11 years; he says LG has never said anything about his background and it's all about the sacking. Company has banned LG from site and informed security contractor. FA wishes to report to police.""",
    spans=[
        ("STALK_TURN_UP", "approached FA in the staff car park on 22/03"),
        ("THREAT_VIOLENCE", "'you'll get yours, I know what car you drive'"),
        ("THREAT_VIOLENCE", "FA was 'going to get a kicking'"),
        ("STALK_CONTACT", "sent FA a Facebook message on 01/04 saying 'see you soon big man'"),
        ("FEAR_OF_VIOLENCE", "he is frightened LG will attack him when he leaves at night"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="isva_update_suspects_friends_threaten_complainant_to_drop_case", relationship="acquaintance", occasions=2,
    text="""\
ISVA update to OIC (Op ref SV/4471) - 27/02

Hi Sarah, client (complainant in the rape investigation, [SUSPECT] on bail) rang me this morning. She says on Friday night two lads she knows as [SUSPECT]'s mates came up to her outside the Co-op on Hartley Rd and one said 'drop it or you'll get hurt'. Then last night a message came through on Snapchat from an account she doesn't recognise: 'last warning. we know where you live'. She believes both are from his friends on his behalf. She is really scared they will hurt her and cried through most of the call. She is still going to work and wants to carry on with the case. Can you please review his bail conditions and consider whether this is witness intimidation as well.

Thanks, Helen (ISVA, Rosewood Centre)""",
    spans=[
        ("STALK_TURN_UP", "came up to her outside the Co-op on Hartley Rd"),
        ("THREAT_VIOLENCE", "'drop it or you'll get hurt'"),
        ("THREAT_VIOLENCE", "'last warning. we know where you live'"),
        ("FEAR_OF_VIOLENCE", "really scared they will hurt her"),
        ("DISTRESS", "cried through most of the call"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CFD",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="school_dsl_parent_threatens_teacher_twice_teacher_signed_off", relationship="acquaintance", occasions=2,
    text="""\
School safeguarding log / referral to Police Schools Officer
Date: 19 Nov. Completed by: DSL, Mr R. Okafor
Staff member: Miss Laura Kemp (Y4 class teacher)

Concern: Parent of a Y4 pupil (Mr [PARENT]) has made threats towards Miss Kemp on two occasions following his daughter being kept in at lunch.
- 11/11 at pick up he shouted across the playground 'I'll put you in hospital' and had to be walked off site by the Head.
- 15/11 he phoned the school office and told the admin officer to tell Miss Kemp he would 'be waiting for her' after school and she would 'regret it'.
Miss Kemp is very frightened he will assault her and has been signed off by her GP for 2 weeks with stress. Parent has been issued a letter banning him from site. Several other parents witnessed 11/11 (names held). Requesting police advice and that the matter be logged.""",
    spans=[
        ("THREAT_VIOLENCE", "'I'll put you in hospital'"),
        ("THREAT_VIOLENCE", "he would 'be waiting for her' after school and she would 'regret it'"),
        ("FEAR_OF_VIOLENCE", "very frightened he will assault her"),
        ("SERIOUS_IMPACT", "signed off by her GP for 2 weeks with stress"),
    ],
)

case(
    15, "stalking", "CS",
    voice="dash_note", case="lower", noise="abbrev", batch="yf",
    pattern="idva_notes_ex_partner_pleading_messages_new_numbers_flowers_no_threats", relationship="ex_partner", occasions=30,
    text="""\
IDVA notes 04/04 - client sam (ref DA-0932)
sam says ex [EX] still messaging daily since she ended it on 1st march, mostly begging - 'please just talk to me', 'i cant live without u', 'ill change i promise babe'. roughly 10-15 a day on whatsapp, insta and texts from new numbers when she blocks. also left flowers + a letter on her car windscreen at work on 22/3. no threats, never been violent per sam. she finds it exhausting and feels guilty, still going to work and college as normal. wants police to 'have a word'. DASH - medium. referred to police w/ consent.""",
    spans=[
        ("STALK_CONTACT", "still messaging daily since she ended it on 1st march"),
        ("FIXATION", "'i cant live without u'"),
        ("REPETITION", "roughly 10-15 a day"),
        ("UNWANTED", "texts from new numbers when she blocks"),
        ("STALK_GIFTS", "left flowers + a letter on her car windscreen at work on 22/3"),
        ("DISTRESS", "she finds it exhausting"),
    ],
)

case(
    16, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="university_student_fixated_on_lecturer_waits_outside_office_gifts_private_email", relationship="acquaintance", occasions=11,
    text="""\
From: Student Conduct & Welfare
To: Campus Liaison Officer, PC 4417
Subject: Concern - Dr Anneliese Grove (Dept of History)

Dr Grove has asked us to pass this to you. A 3rd year student on her module, [STUDENT], has over the last six weeks: waited outside her office on at least five occasions outside of office hours; sat in on lectures for modules he is not enrolled on; left a wrapped book and a card signed 'yours always' in her pigeonhole; and emailed her private Gmail account, which she has never given to students. She told him clearly, in a meeting with his personal tutor present on 8 Feb, that contact must be through the module inbox only. Since then he has sent four more emails to the Gmail. No threats have been made. Dr Grove is uneasy but is continuing to teach as normal. The student has been referred to a conduct panel. She would like police to be aware and to advise.""",
    spans=[
        ("REPETITION", "over the last six weeks"),
        ("STALK_LOITER", "waited outside her office on at least five occasions outside of office hours"),
        ("STALK_TURN_UP", "sat in on lectures for modules he is not enrolled on"),
        ("STALK_GIFTS", "left a wrapped book and a card signed 'yours always' in her pigeonhole"),
        ("STALK_CONTACT", "emailed her private Gmail account, which she has never given to students"),
        ("UNWANTED", "Since then he has sent four more emails to the Gmail"),
        ("DISTRESS", "Dr Grove is uneasy"),
    ],
)

case(
    17, "stalking", "CS",
    voice="third_party", case="inconsistent", noise="abbrev", batch="yf",
    pattern="probation_log_ex_on_licence_turns_up_at_victims_work_breach_ro_threat_to_new_partner", relationship="ex_partner", occasions=2,
    text="""\
PROBATION - contact log / info share w/ police
PoP: Darren KEYES. Licence conds incl. no contact w/ [VICTIM] (ex-partner) + exclusion zone Hightown centre. RO in place (Crown Ct 2022).
VLO informed me today 16/6 that [VICTIM] reports KEYES came into the bakery where she works on 10/6 and 13/6, stood at the counter asking her for 'just 5 mins' to talk. On 13/6 he also told her he would 'do' her new fella if he saw them together. [VICTIM] told VLO she isn't scared of Darren for herself, her worry is for her partner. KEYES denies, says he was only buying bread. BREACH of licence + RO, recall being considered. Police pls action breach of RO.""",
    spans=[
        ("STALK_TURN_UP", "came into the bakery where she works on 10/6 and 13/6"),
        ("UNWANTED", "stood at the counter asking her for 'just 5 mins' to talk"),
    ],
)

case(
    18, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="ward_manager_letter_former_patient_fixated_on_nurse_waits_in_car_park", relationship="customer", occasions=10,
    text="""\
Dear PC Harland,

Further to our telephone conversation, I am the Ward Manager of Cedar Ward at St Aldhelm's Hospital. I am writing about a former patient, Mr Nigel Forde, who was discharged in January. Since his discharge he has repeatedly asked for Staff Nurse Joy Mensah by name at the ward entrance, on about eight occasions in February and March. He has been seen sitting in his car in the staff car park at shift change times, and on 14 March he left a box of chocolates and a letter for her at main reception saying he thinks about her every day and knows they are meant to be together. Joy has never had any contact with him outside her duties and has told him, through me, that she does not want contact. He has made no threats. Joy is understandably unsettled but wishes to continue working her usual shifts.

We would be grateful for any advice or action you can take.

Yours sincerely,
Margaret Osei, Ward Manager""",
    spans=[
        ("STALK_TURN_UP", "repeatedly asked for Staff Nurse Joy Mensah by name at the ward entrance"),
        ("REPETITION", "on about eight occasions in February and March"),
        ("STALK_LOITER", "sitting in his car in the staff car park at shift change times"),
        ("STALK_GIFTS", "left a box of chocolates and a letter for her at main reception"),
        ("FIXATION", "he thinks about her every day and knows they are meant to be together"),
        ("UNWANTED", "has told him, through me, that she does not want contact"),
        ("DISTRESS", "understandably unsettled"),
    ],
)

case(
    19, "stalking", "CS",
    voice="third_party", case="lower", noise="abbrev", batch="yf",
    pattern="hr_note_colleague_turns_up_at_gym_and_monitors_private_instagram", relationship="colleague", occasions=4,
    text="""\
hr note - informal complaint 07/08. complainant (K.) says colleague [COLLEAGUE] from dispatch has started turning up at her gym in the evenings since she mentioned it in the canteen, 3x last wk, and knew details of her weekend she'd only put on a private insta (turns out he's following her from a 2nd account she accepted without realising). he hasnt spoken to her at gym, just trains nearby and looks over. K. thinks he 'has a thing' for her. not changed anything yet. advised re police, she's reported (ref 11/0438/24).""",
    spans=[
        ("STALK_TURN_UP", "turning up at her gym in the evenings"),
        ("REPETITION", "3x last wk"),
        ("STALK_MONITOR", "knew details of her weekend she'd only put on a private insta"),
        ("STALK_MONITOR", "following her from a 2nd account"),
        ("STALK_WATCH", "just trains nearby and looks over"),
        ("FIXATION", "'has a thing' for her"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="mixed", noise="heavy", batch="yf",
    pattern="marac_summary_ex_follows_school_run_sits_outside_threats_to_kill", relationship="ex_partner", occasions=7,
    text="""\
MARAC REFERRAL SUMMARY - case 14 on agenda 09/05
Referring agency: Police DA Unit. DASH score 17 (HIGH).
V: [VICTIM 1], 34. P: [PERP 1], 36, ex-partner, sep Dec 23.

Summary: Since sep P has followed V from the school run on 3+ occasions (V saw his car behind her 06/03, 14/03, 02/04), sat outside her address at night, and msgs her constantly from diff numbers. 20/03 msg 'if i cant have you nobody will'. 11/04 at the school gates said he would kill her and 'nobody would find the body'. V v frightened, believes he will kill her. Prev DA hx: 4 police callouts 2021-23 incl ABH (NFA, V withdrew). Children: 2 (ages 5 + 8), CSC aware.
Actions requested: IDVA allocation; TVP flag on address; housing to consider sanctuary scheme; Children's Services update; school to be informed re collection. Police OIC DC Ferris - P to be arrested for s4A PHA, wanted on PNC.""",
    spans=[
        ("STALK_FOLLOW", "followed V from the school run on 3+ occasions"),
        ("REPETITION", "06/03, 14/03, 02/04"),
        ("STALK_LOITER", "sat outside her address at night"),
        ("STALK_CONTACT", "msgs her constantly from diff numbers"),
        ("THREAT_VIOLENCE", "'if i cant have you nobody will'"),
        ("THREAT_VIOLENCE", "said he would kill her and 'nobody would find the body'"),
        ("FEAR_OF_VIOLENCE", "believes he will kill her"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="solicitor_letter_ex_drives_past_attends_work_client_moved_changed_number_no_threats", relationship="ex_partner", occasions=12,
    text="""\
Dear Sirs,

Our client: Ms Rachel Honeyford

We are instructed by Ms Honeyford in connection with the conduct of her former partner, Mr Gavin Stott. The relationship ended in September 2023. Since then Mr Stott has, on our client's instructions: repeatedly driven past and parked near her home; attended her place of work uninvited on at least four occasions; sent her in excess of 200 text messages and emails, many asking her to reconsider the relationship; and contacted her friends and her mother to find out where she was.

Mr Stott has not threatened our client. However, as a direct result of his behaviour our client has moved from her home in Wellford to rented accommodation elsewhere, changed her mobile number and reduced her working hours.

Our client reported matters to the police on 4 January (reference 0199/04JAN) and has heard nothing further. We should be grateful for an update and for confirmation of what steps are being taken. We are also considering an application for a non-molestation order.

Yours faithfully,
Pemberton Greaves LLP""",
    spans=[
        ("STALK_LOITER", "repeatedly driven past and parked near her home"),
        ("STALK_TURN_UP", "attended her place of work uninvited on at least four occasions"),
        ("STALK_CONTACT", "sent her in excess of 200 text messages and emails"),
        ("FIXATION", "many asking her to reconsider the relationship"),
        ("STALK_MONITOR", "contacted her friends and her mother to find out where she was"),
        ("SERIOUS_IMPACT", "moved from her home in Wellford to rented accommodation elsewhere"),
        ("SERIOUS_IMPACT", "changed her mobile number"),
        ("SERIOUS_IMPACT", "reduced her working hours"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSF",
    voice="third_party", case="mixed", noise="abbrev", batch="yf",
    pattern="isva_note_reported_suspect_appears_at_gate_follows_from_bus_two_threats", relationship="acquaintance", occasions=7,
    text="""\
ISVA note 02/10: client (K) reports [SUSP], man she met once at a party in Aug and reported for sexual assault, keeps appearing outside her house on Brook Lane - 4 times in Sept, latest 29/09 stood at the gate for 20 mins. Also followed her from the bus stop on 22/09. Has messaged her 'you'll pay for lying about me' (18/09) and 'I'll hurt you worse next time' (30/09). K terrified he will attack her. Shared w/ OIC for bail review.""",
    spans=[
        ("STALK_LOITER", "keeps appearing outside her house on Brook Lane"),
        ("REPETITION", "4 times in Sept"),
        ("STALK_LOITER", "stood at the gate for 20 mins"),
        ("STALK_FOLLOW", "followed her from the bus stop on 22/09"),
        ("THREAT_VIOLENCE", "'you'll pay for lying about me'"),
        ("THREAT_VIOLENCE", "'I'll hurt you worse next time'"),
        ("FEAR_OF_VIOLENCE", "terrified he will attack her"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="social_care_assessment_ex_turns_up_at_school_tracker_on_car_children_moved_school", relationship="ex_partner", occasions=8,
    text="""\
Children's Social Care - assessment extract shared with police (consent obtained)

Mother ([M]) reports that since she separated from [F] in May he has repeatedly turned up at the children's school at home time, even though he is not on the pick-up list, and has been seen by school staff watching her from across the road. [M] found a tracking device (Tile) taped inside her car's wheel arch on 2 August. He sends her long messages through the co-parenting app about her new life and who she is seeing, not about the children, saying he 'knows everything she does'. As a result [M] has moved both children to a different primary school from September and had CCTV installed at her home with help from Women's Aid. [M] says he has never threatened her. The children have been told to stay near staff at pick-up.

Background: [M] and [F] were together 9 years, not married. No previous police call-outs to the address, though [M] now describes him as "controlling with money" during the relationship. [F] lives with his parents in Ashby and works shifts at the distribution centre; his shift pattern was given to us by [M] but we have not verified it. The children (aged 7 and 9) are said to be doing well at the new school; the older child told the SW that "Dad keeps asking where Mum goes on Saturdays", which [M] believes he uses to track her. Contact between [F] and the children has been supervised by paternal grandmother on alternate Sundays and there are no concerns about his care of them during contact. [M] has been given the National Stalking Helpline number and was referred to the local IDVA service on 14/08; she has engaged well.

SW view: pattern consistent with stalking; [F] currently has no contact order in place. Recommend police assess. Please contact the allocated SW (K. Marsh, Locality Team West) before any visit to [F]'s address so that contact arrangements can be reviewed.""",
    spans=[
        ("STALK_TURN_UP", "repeatedly turned up at the children's school at home time"),
        ("STALK_WATCH", "watching her from across the road"),
        ("STALK_MONITOR", "found a tracking device (Tile) taped inside her car's wheel arch"),
        ("STALK_CONTACT", "sends her long messages through the co-parenting app about her new life"),
        ("FIXATION", "'knows everything she does'"),
        ("SERIOUS_IMPACT", "moved both children to a different primary school"),
        ("SERIOUS_IMPACT", "had CCTV installed at her home"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="gp_letter_patient_signed_off_after_former_colleague_follows_her_one_threat_not_afraid", relationship="colleague", occasions=8,
    text="""\
Dr S. Whitlow, Abbeyfield Surgery - letter to police at patient's request, 12/03

To whom it may concern,

I have been asked by my patient, Ms Claire Dunmore (DOB xx/xx/1989), to confirm the effect on her health of the behaviour she has reported to you. Ms Dunmore tells me that a former colleague has, since last autumn, repeatedly followed her home from the station, left notes on her car, and sent messages to her personal phone asking her out, despite being told to stop. She reports that he once told her he would 'slap some sense into her', but she says she is not afraid of him and thinks it was bluster. She has presented with low mood, poor sleep and panic symptoms. I have signed her off work since 19 February, and she has stopped using the train and now gets a lift from her sister.

I would be grateful if this letter could be added to her file.

Yours faithfully,
Dr S. Whitlow""",
    spans=[
        ("STALK_FOLLOW", "repeatedly followed her home from the station"),
        ("STALK_CONTACT", "left notes on her car"),
        ("STALK_CONTACT", "sent messages to her personal phone asking her out"),
        ("UNWANTED", "despite being told to stop"),
        ("THREAT_VIOLENCE", "he would 'slap some sense into her'"),
        ("DISTRESS", "low mood, poor sleep and panic symptoms"),
        ("SERIOUS_IMPACT", "I have signed her off work since 19 February"),
        ("SERIOUS_IMPACT", "stopped using the train and now gets a lift from her sister"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="abbrev", batch="yf",
    pattern="hr_investigation_colleague_anti_polish_abuse_on_shift_and_locker", relationship="colleague", occasions=5,
    text="""\
Investigation notes - HR (Site: Marlow Road Depot)
Complainant: Tomasz Wrobel, FLT driver. Alleged: Kevin Slade, FLT driver.

TW states KS has repeatedly called him a 'Polish scrounger' and told him to 'go back to Warsaw and take your dole with you' on shift, on 4 dates he can give (06/05, 08/05, 15/05, 20/05), and has written 'Polski out' on his locker. Witnessed by J. Abbott on 15/05. TW says KS gets on fine with the rest of the team, it's only him. TW not scared of KS, no threats, but feels humiliated in front of everyone. KS suspended pending investigation. TW wishes police to be informed.""",
    spans=[
        ("RACIAL_HOSTILITY", "called him a 'Polish scrounger'"),
        ("RACIAL_HOSTILITY", "'go back to Warsaw and take your dole with you'"),
        ("REPETITION", "on 4 dates he can give (06/05, 08/05, 15/05, 20/05)"),
        ("RACIAL_HOSTILITY", "written 'Polski out' on his locker"),
        ("DISTRESS", "feels humiliated in front of everyone"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="yf",
    pattern="housing_officer_neighbour_shouts_anti_muslim_abuse_across_landing", relationship="neighbour", occasions=5,
    text="""\
HOUSING OFFICER (SHIRE HOMES) REPORTING ON BEHALF OF TENANT MRS NASREEN AKHTAR FLAT 11 CROWN HOUSE. NEIGHBOUR FLAT 12 (MALE 50S, PHILIP DRAKE) SHOUTS AT HER ACROSS THE LANDING WHEN SHE COMES IN - 'TERRORIST', 'TAKE THAT RAG OFF YOUR HEAD', 'GO BACK TO YOUR MOSQUE'. AT LEAST 5 TIMES SINCE RAMADAN PER IP. NO THREATS. IP UPSET, DOES NOT WANT TO MOVE. HO HAS DIARY SHEETS. REQ PCSO VISIT + CALLBACK TO HO.""",
    spans=[
        ("STALK_CONTACT", "SHOUTS AT HER ACROSS THE LANDING WHEN SHE COMES IN"),
        ("RELIGIOUS_HOSTILITY", "'TERRORIST', 'TAKE THAT RAG OFF YOUR HEAD', 'GO BACK TO YOUR MOSQUE'"),
        ("REPETITION", "AT LEAST 5 TIMES SINCE RAMADAN"),
        ("DISTRESS", "IP UPSET"),
    ],
)

case(
    27, "aggravated_harassment", "CDR",
    voice="third_party", case="mixed", noise="abbrev", batch="yf",
    pattern="university_flatmates_anti_chinese_group_chat_abuse_student_moves_out", relationship="acquaintance", occasions=31,
    text="""\
Uni Wellbeing -> Police liaison. Referral 2024/117.
Student Y (1st yr, international, from Chengdu) says 2 of her flatmates have been posting in the flat group chat since Oct calling her 'bat eater' and 'covid', and sending her private voice notes making fake Chinese accent noises and 'ching chong'. Last one 3/12. Screenshots attached (31 msgs). Y has not attended any in-person classes since mid Nov and on 5/12 moved into emergency accommodation in Fenwick Court. She's worried about her visa because of attendance. Residential Life has started disciplinary process.""",
    spans=[
        ("STALK_CONTACT", "posting in the flat group chat since Oct"),
        ("RACIAL_HOSTILITY", "calling her 'bat eater' and 'covid'"),
        ("STALK_CONTACT", "sending her private voice notes"),
        ("RACIAL_HOSTILITY", "making fake Chinese accent noises and 'ching chong'"),
        ("REPETITION", "31 msgs"),
        ("SERIOUS_IMPACT", "has not attended any in-person classes since mid Nov"),
        ("SERIOUS_IMPACT", "moved into emergency accommodation in Fenwick Court"),
    ],
)

case(
    28, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="school_referral_older_boys_anti_sikh_abuse_at_bus_stop", relationship="stranger", occasions=12,
    text="""\
Safeguarding referral (school -> police / SSCP)
Pupil: [PUPIL A], Y10. Sikh, wears a patka.

Concern: Since the start of term a group of Y11 boys from [OTHER SCHOOL] have been calling A 'towel head' and 'Bin Laden' at the bus stop on Milford Rd, flicking at his patka, telling him his religion is 'a joke' and to 'go pray to your fake god'. A says it happens 2-3 times a week. A's dad contacted school on 21/9. A is still getting the bus as before. Names of two of the boys are known and have been given to the PCSO. Requesting police input with the other school.""",
    spans=[
        ("REPETITION", "Since the start of term"),
        ("RELIGIOUS_HOSTILITY", "calling A 'towel head' and 'Bin Laden'"),
        ("RELIGIOUS_HOSTILITY", "telling him his religion is 'a joke'"),
        ("RELIGIOUS_HOSTILITY", "'go pray to your fake god'"),
        ("REPETITION", "2-3 times a week"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="third_party", case="inconsistent", noise="abbrev", batch="yf",
    pattern="probation_officer_pop_racially_abuses_shopkeeper_over_claimed_debt", relationship="business", occasions=4,
    text="""\
Probation Officer note / info to police - 28/01
PoP: Stephen MOSS, community order for crim damage (unrelated). During supervision today MOSS boasted he has been 'winding up' the owner of the off-licence on Granby St over money he says he is owed for decorating work. Checked with shop owner (Mr Imran BAIG) via PCSO - Mr Baig confirms MOSS has come into the shop 3 times this month shouting about £400 and calling him a 'P***' and 'curry muncher' in front of customers, and left a voicemail on the shop phone on 22/01 with more of the same. Mr Baig says he paid Moss in full and has the receipt. no threats made, Mr Baig 'sick of it' but not worried for his safety. passing to police for consideration of RAHA.""",
    spans=[
        ("STALK_TURN_UP", "come into the shop 3 times this month shouting about £400"),
        ("RACIAL_HOSTILITY", "calling him a 'P***' and 'curry muncher' in front of customers"),
        ("STALK_CONTACT", "left a voicemail on the shop phone on 22/01 with more of the same"),
        ("DISTRESS", "'sick of it'"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="housing_officer_email_neighbour_racist_threats_to_somali_mother", relationship="neighbour", occasions=2,
    text="""\
Email from Housing Officer, Northgate Council Housing, to ASB hub, 14:52 03/07
Ref: Mrs Hodan Warsame and family, 31 Beech Walk

Mrs Warsame came into the housing office today with her eldest daughter interpreting. She says the man at no. 29 (believed Craig Lister) has been abusing the family since they moved in in April. On 21 June he stood at his gate and told Mrs Warsame 'you Somali scum, I'll burn you out'. On 1 July he banged on her window and shouted that he would 'cut her throat', and called the children 'black monkeys'. Mrs Warsame is frightened he will carry out these threats and kill her, and she is not sleeping. She has not called the police herself as she did not know how. I have opened an ASB case and will look at a management transfer. Please can an officer contact the family urgently via the daughter (number on file).""",
    spans=[
        ("RACIAL_HOSTILITY", "'you Somali scum"),
        ("THREAT_VIOLENCE", "I'll burn you out'"),
        ("STALK_TURN_UP", "banged on her window"),
        ("THREAT_VIOLENCE", "shouted that he would 'cut her throat'"),
        ("RACIAL_HOSTILITY", "called the children 'black monkeys'"),
        ("FEAR_OF_VIOLENCE", "frightened he will carry out these threats and kill her"),
        ("DISTRESS", "she is not sleeping"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="gp_letter_newsagent_racist_abuse_and_two_threats_from_local_teenagers", relationship="stranger", occasions=20,
    text="""\
Riverside Health Centre
Re: Mr Arjun Patel, 58, 4 Station Parade

Dear Officer,

Mr Patel attended today with chest pains which on examination appear to be anxiety-related. He tells me that a group of local teenagers has been coming into his newsagents most evenings for the past month calling him 'dirty Hindu' and 'Paki', and that on two occasions (he thinks the 9th and the 16th) one of the older boys told him they would 'stab him up' and 'torch the shop with you in it'. He is very frightened of being attacked while working alone in the evenings. He has reported this to the police (he believes the reference ends 7731) and asked me to write in support. I would be grateful if you would take account of the effect on his health.

Dr M. Evans""",
    spans=[
        ("DISTRESS", "chest pains which on examination appear to be anxiety-related"),
        ("STALK_TURN_UP", "coming into his newsagents most evenings for the past month"),
        ("RELIGIOUS_HOSTILITY", "'dirty Hindu'"),
        ("RACIAL_HOSTILITY", "'Paki'"),
        ("REPETITION", "on two occasions (he thinks the 9th and the 16th)"),
        ("THREAT_VIOLENCE", "they would 'stab him up'"),
        ("THREAT_VIOLENCE", "'torch the shop with you in it'"),
        ("FEAR_OF_VIOLENCE", "very frightened of being attacked while working alone"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="third_party", case="mixed", noise="abbrev", batch="yf",
    pattern="courier_hr_report_customer_antisemitic_threats_on_two_deliveries_driver_changes_route", relationship="customer", occasions=2,
    text="""\
Incident report - Fleet/HR, FastDrop Logistics
Driver: Benjamin (Ben) Laski, route 14
Customer address: 7 Gorse Rise (occupant male, approx 60)

Ben delivers to this address weekly. On 12/02 the customer saw Ben's name on the handset and said 'another f***ing Jew, you lot control everything' and that if Ben came back he'd 'set the dog on you and finish the job Hitler started'. Ben reported to his supervisor same day. On 19/02 the customer came out to the van shouting 'I warned you, Jew boy' and said he would 'put you in the ground'. Ben is now scared this man will attack him and asked to be taken off the route, which has been done. Company has suspended deliveries to the address and is reporting to police at Ben's request. Dashcam footage for 19/02 retained.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "'another f***ing Jew, you lot control everything'"),
        ("THREAT_VIOLENCE", "he'd 'set the dog on you and finish the job Hitler started'"),
        ("RELIGIOUS_HOSTILITY", "'I warned you, Jew boy'"),
        ("THREAT_VIOLENCE", "he would 'put you in the ground'"),
        ("FEAR_OF_VIOLENCE", "scared this man will attack him"),
        ("SERIOUS_IMPACT", "asked to be taken off the route, which has been done"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="solicitor_letter_two_anonymous_anti_muslim_threat_letters_to_mosque_secretary", relationship="stranger", occasions=2,
    text="""\
Dear Chief Inspector,

Our client: Mr Yusuf Rahman, Secretary, Alder Street Mosque Trust

We write on behalf of our client, who has received two handwritten letters at his home address, the first on 3 March and the second on 24 March. Copies are enclosed. The first letter calls him a 'Muslim paedo' and says 'we know where you and your kind live, you will get what's coming'. The second states that he will be 'shot outside your mosque like the rest of your vermin religion deserve'. The letters are unsigned but appear to be in the same handwriting. Our client is frightened for his personal safety and fears he will be attacked when leaving prayers. We understand a crime report was made (ref 23/061122) but our client has not yet been contacted by an officer. We would be grateful for an urgent update.

Yours faithfully,
Qureshi & Lane""",
    spans=[
        ("STALK_CONTACT", "received two handwritten letters at his home address"),
        ("REPETITION", "the first on 3 March and the second on 24 March"),
        ("RELIGIOUS_HOSTILITY", "'Muslim paedo'"),
        ("THREAT_VIOLENCE", "'we know where you and your kind live, you will get what's coming'"),
        ("THREAT_VIOLENCE", "he will be 'shot outside your mosque"),
        ("RELIGIOUS_HOSTILITY", "like the rest of your vermin religion deserve'"),
        ("FEAR_OF_VIOLENCE", "frightened for his personal safety"),
        ("FEAR_OF_VIOLENCE", "fears he will be attacked when leaving prayers"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="third_party", case="lower", noise="abbrev", batch="yf",
    pattern="school_dsl_log_parent_anti_polish_threats_to_teaching_assistant_twice", relationship="acquaintance", occasions=2,
    text="""\
dsl log 07/03 - TA ewa nowak: y2 parent ([PARENT]) told her at gate 4/3 'polish slag, i'll smash your face in' and again today said 'go back to poland before i put you there in a box'. ewa very frightened he will hit her, now on indoor duties only at her request. head + pso informed.""",
    spans=[
        ("RACIAL_HOSTILITY", "'polish slag"),
        ("THREAT_VIOLENCE", "i'll smash your face in'"),
        ("REPETITION", "again today"),
        ("RACIAL_HOSTILITY", "'go back to poland"),
        ("THREAT_VIOLENCE", "before i put you there in a box'"),
        ("FEAR_OF_VIOLENCE", "very frightened he will hit her"),
        ("SERIOUS_IMPACT", "now on indoor duties only at her request"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="abbrev", batch="yf",
    pattern="police_to_idva_referral_ex_turns_up_at_work_and_racially_abuses_dual_heritage_victim", relationship="ex_partner", occasions=8,
    text="""\
DA referral to IDVA service (police -> Safer Homes) - standard risk
V: [V], 27, dual heritage. S: [S], 29, ex-partner (2 yrs, split June).

Since the split S has turned up at V's work (Greggs, High St) 3 times, sat in his car outside her flat on several evenings, and messaged her through friends' accounts after she blocked him. When she doesn't reply the msgs turn to abuse about her colour - 'half-caste tramp', 'your mum's a n***** lover', 'go back to the jungle with your dad'. V says she is not afraid of him and he has never been violent, he just 'can't let go'. Still working, no changes. DASH 6. V consents to IDVA contact. Crime recorded.""",
    spans=[
        ("STALK_TURN_UP", "turned up at V's work (Greggs, High St) 3 times"),
        ("STALK_LOITER", "sat in his car outside her flat on several evenings"),
        ("STALK_CONTACT", "messaged her through friends' accounts after she blocked him"),
        ("RACIAL_HOSTILITY", "'half-caste tramp'"),
        ("RACIAL_HOSTILITY", "'your mum's a n***** lover'"),
        ("RACIAL_HOSTILITY", "'go back to the jungle with your dad'"),
        ("FIXATION", "'can't let go'"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="student_services_classmate_follows_hijabi_student_notes_turn_to_religious_abuse", relationship="acquaintance", occasions=10,
    text="""\
Student Services incident record - 22/04
Reporting student: [STUDENT X], female, Pharmacy yr 2, wears hijab.

X reports a male student in her cohort ([STUDENT Y]) has followed her from the library to the bus stop on several evenings since Easter, sits directly behind her in every lecture, and has left notes in her locker. Early notes said he 'can't stop thinking about her' and asked her out; since she refused (in person, 8/4) the notes say things like 'your religion has brainwashed you' and 'take off that terrorist rag and you'd be pretty'. X describes feeling uncomfortable and on edge but has not changed anything; she wants it to stop. Referred to Campus Police Officer for advice, disciplinary process opened.""",
    spans=[
        ("STALK_FOLLOW", "followed her from the library to the bus stop on several evenings since Easter"),
        ("STALK_WATCH", "sits directly behind her in every lecture"),
        ("STALK_CONTACT", "left notes in her locker"),
        ("FIXATION", "'can't stop thinking about her'"),
        ("UNWANTED", "since she refused (in person, 8/4)"),
        ("RELIGIOUS_HOSTILITY", "'your religion has brainwashed you'"),
        ("RELIGIOUS_HOSTILITY", "'take off that terrorist rag and you'd be pretty'"),
        ("DISTRESS", "feeling uncomfortable and on edge"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="heavy", batch="yf",
    pattern="housing_assoc_neighbour_watches_with_binoculars_photographs_visitors_antisemitic_abuse", relationship="neighbour", occasions=8,
    text="""\
rec'd via housing assoc (Havenbrook) - caller Lorraine, neighbourhood officer. tenant mr david cohen 5 ash ct reports neighbour at 6 ash ct (mr roy TILBURY) constantly watching him - sits at window w/ binoculars, photographs everyone who visits mr cohen esp fri evenings, been going through his recycling bin. tilbury has told other neighbours mr c is 'one of them, a zionist spy' and shouted at mr c 'jew rat' and 'should of finished you lot off' x2 in last month. no previous dispute between them re noise/parking etc per HO, tilbury just 'obsessed' with him. mr c says hes not scared of an old man but wants it stopped. HO has 3 pages diary sheets. pls allocate.""",
    spans=[
        ("STALK_WATCH", "sits at window w/ binoculars"),
        ("STALK_WATCH", "photographs everyone who visits mr cohen"),
        ("STALK_PROPERTY", "going through his recycling bin"),
        ("STALK_PUBLISH", "told other neighbours mr c is 'one of them, a zionist spy'"),
        ("RELIGIOUS_HOSTILITY", "'jew rat'"),
        ("RELIGIOUS_HOSTILITY", "'should of finished you lot off'"),
        ("REPETITION", "x2 in last month"),
        ("FIXATION", "'obsessed' with him"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="third_party", case="inconsistent", noise="abbrev", batch="yf",
    pattern="probation_om_ex_on_licence_sends_letters_via_cousin_love_and_racist_abuse", relationship="ex_partner", occasions=8,
    text="""\
Probation OM note 30/08 - info sharing w/ DA Unit
Jamie PRICE (on licence, DA offences vs ex-partner [V], who is of Pakistani heritage). Approved premises in Northby.
VLO reports [V] has rec'd 6 letters in the past 3 wks delivered by PRICE's cousin to her door, and PRICE's sister has been stopping her in Asda asking her to 'give him another chance'. Letters swing between love letters ('you're the only one, I'm nothing without you') and abuse ('you P*** whore', 'your lot are all the same'). [V] not frightened - 'he's 40 miles away, he can't do anything' - has not changed her routine. CLEAR BREACH of non-contact licence condition. Recall paperwork submitted today. Police to consider PHA offences (racially aggravated).""",
    spans=[
        ("STALK_CONTACT", "6 letters in the past 3 wks delivered by PRICE's cousin to her door"),
        ("STALK_CONTACT", "PRICE's sister has been stopping her in Asda"),
        ("FIXATION", "'you're the only one, I'm nothing without you'"),
        ("RACIAL_HOSTILITY", "'you P*** whore'"),
        ("RACIAL_HOSTILITY", "'your lot are all the same'"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="trust_security_former_patient_waits_for_consultant_racist_notes_on_car_facebook_posts", relationship="customer", occasions=10,
    text="""\
Trust Security - incident summary for police (ref SEC-2024-0381)
Staff member: Dr Anand Rao, Consultant Orthopaedics.
Subject: former patient, Mr [P], whose hip operation Dr Rao performed in 2022 and who blames Dr Rao for ongoing pain.

Over the last 2 months Mr [P] has: waited in main reception on at least 6 occasions asking to see Dr Rao; been seen on CCTV walking round the consultants' car park and standing next to Dr Rao's car; left notes under the wiper reading 'butcher go home to India' and 'no foreign quacks in our NHS'; and posted on Facebook naming Dr Rao as a 'third world butcher'. Dr Rao is upset and worried about his reputation but is working normally. No threats made. Mr [P] has been issued a letter banning him from the site except for emergency care. PALS complaint from Mr [P] (2023) was investigated and not upheld.""",
    spans=[
        ("STALK_TURN_UP", "waited in main reception on at least 6 occasions asking to see Dr Rao"),
        ("STALK_LOITER", "standing next to Dr Rao's car"),
        ("STALK_CONTACT", "left notes under the wiper"),
        ("RACIAL_HOSTILITY", "'butcher go home to India'"),
        ("RACIAL_HOSTILITY", "'no foreign quacks in our NHS'"),
        ("STALK_PUBLISH", "posted on Facebook naming Dr Rao as a 'third world butcher'"),
        ("DISTRESS", "Dr Rao is upset and worried about his reputation"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="dash_note", case="upper", noise="heavy", batch="yf",
    pattern="marac_research_form_ex_husband_tracks_phone_follows_to_church_racist_voice_notes_knife_threat", relationship="ex_partner", occasions=10,
    text="""\
MARAC RESEARCH FORM - AGENCY: POLICE (DA CO-ORD). MTG DATE 14/11.
V - [V2] 41 F, BLACK BRITISH. P - [P2] 44 M, EX-HUSB, SEP 8 MTHS.
RISK SUMMARY: P MONITORING V'S LOCATION VIA SHARED FAMILY PHONE PLAN (V FOUND FIND MY PHONE ACTIVE 02/11), FOLLOWED V TO CHURCH ON 3 SUNDAYS, SENDS VOICE NOTES DAILY. VOICE NOTES INCL 'BLACK B***H', 'MONKEY', 'I'LL DO TIME FOR YOU'. 07/11 TOLD V IN CHURCH CAR PARK 'NEXT TIME I'LL BRING A KNIFE'. V STATES SHE IS IN FEAR OF HER LIFE. DASH 19. HX: CONTROLLING BEHAVIOUR, 1X ASSAULT 2022 (CAUTION).
ACTIONS: IDVA, DVPN CONSIDERED, ARREST ATTEMPTED 09/11 NOT LOCATED, MARKER ON V'S ADDRESS, PHONE PLAN TO BE SEPARATED.""",
    spans=[
        ("STALK_MONITOR", "MONITORING V'S LOCATION VIA SHARED FAMILY PHONE PLAN"),
        ("STALK_FOLLOW", "FOLLOWED V TO CHURCH ON 3 SUNDAYS"),
        ("STALK_CONTACT", "SENDS VOICE NOTES DAILY"),
        ("RACIAL_HOSTILITY", "'BLACK B***H', 'MONKEY'"),
        ("THREAT_VIOLENCE", "'I'LL DO TIME FOR YOU'"),
        ("THREAT_VIOLENCE", "'NEXT TIME I'LL BRING A KNIFE'"),
        ("FEAR_OF_VIOLENCE", "IN FEAR OF HER LIFE"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="mixed", noise="abbrev", batch="yf",
    pattern="idva_refuge_visit_ex_religious_abuse_fake_profile_turns_up_at_mosque_client_in_refuge", relationship="ex_partner", occasions=12,
    text="""\
IDVA case notes (Ref IDV/2291)
19/01 - home visit at refuge. Client (H.) left [EX] in Oct after converting to Islam. Since then he has sent hundreds of messages, turned up at her sister's and at her mosque asking where she is, and set up a fake Facebook page with her photo calling her a 'terrorist bride'. Messages call her a 'Muslim whore', say her 'prophet' is a 'p*do', and beg her to 'come home where you belong'. H. moved into refuge 9/01 in another county after he turned up at the mosque a second time. Has given up her job at the nursery. No direct threats. Very low, tearful. Safety plan reviewed. Police ref 0311/22OCT - will chase OIC for update.""",
    spans=[
        ("STALK_CONTACT", "sent hundreds of messages"),
        ("STALK_TURN_UP", "turned up at her sister's and at her mosque asking where she is"),
        ("STALK_PUBLISH", "set up a fake Facebook page with her photo calling her a 'terrorist bride'"),
        ("RELIGIOUS_HOSTILITY", "'Muslim whore'"),
        ("RELIGIOUS_HOSTILITY", "say her 'prophet' is a 'p*do'"),
        ("FIXATION", "beg her to 'come home where you belong'"),
        ("SERIOUS_IMPACT", "moved into refuge 9/01 in another county"),
        ("REPETITION", "a second time"),
        ("SERIOUS_IMPACT", "given up her job at the nursery"),
        ("DISTRESS", "Very low, tearful"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="early_help_referral_neighbour_watches_photographs_children_malicious_referrals_anti_roma_abuse_family_moves", relationship="neighbour", occasions=12,
    text="""\
Early Help / CSC referral - information to police
Family: Mrs Ioana Popescu (mother) and 3 children, previously of 17 Welland Rd.

Concern: The neighbour at no. 15 (female, [N]) has for about 5 months been watching the family from her front window, taking photos of the children playing in the garden, and making repeated anonymous complaints about Mrs Popescu to the council, the school and CSC (CSC has received 4 anonymous referrals alleging neglect since April, all unfounded after visits). When she sees Mrs Popescu in the street she calls her a 'dirty gypo' and says 'Romanian thieves should be sent back'. Mrs Popescu says the woman 'won't leave us alone' and the children are frightened to play outside. The family moved out to temporary accommodation on 02/09 and have asked housing for a permanent transfer. SW requests police consider this as a hate crime.""",
    spans=[
        ("REPETITION", "for about 5 months"),
        ("STALK_WATCH", "watching the family from her front window"),
        ("STALK_WATCH", "taking photos of the children playing in the garden"),
        ("STALK_ORDERS", "making repeated anonymous complaints about Mrs Popescu to the council, the school and CSC"),
        ("RACIAL_HOSTILITY", "calls her a 'dirty gypo'"),
        ("RACIAL_HOSTILITY", "'Romanian thieves should be sent back'"),
        ("FIXATION", "'won't leave us alone'"),
        ("SERIOUS_IMPACT", "moved out to temporary accommodation on 02/09"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean", batch="yf",
    pattern="store_manager_statement_customer_fixated_on_cashier_follows_to_bus_racist_threats", relationship="customer", occasions=6,
    text="""\
Store Manager statement to HR / police - Jan 2025
Colleague: Ama Boateng, checkouts. Customer: male, regular, known to staff as 'Terry'.

Since before Christmas Terry comes to Ama's till nearly every shift and won't use any other till. He tells her he loves her and has left cards for her at customer service. On 14/01 he followed her to the bus stop after her shift and when she told him to leave her alone he called her a 'black b***h who thinks she's too good for me' and said he would 'cut her pretty face'. On 21/01 he waited by the staff entrance and said 'remember what I said, n*****'. Ama is scared he is going to attack her. She has changed to early shifts only so she can leave in daylight and her brother now collects her from work.""",
    spans=[
        ("STALK_TURN_UP", "comes to Ama's till nearly every shift"),
        ("FIXATION", "He tells her he loves her"),
        ("STALK_GIFTS", "left cards for her at customer service"),
        ("STALK_FOLLOW", "followed her to the bus stop after her shift"),
        ("RACIAL_HOSTILITY", "'black b***h who thinks she's too good for me'"),
        ("THREAT_VIOLENCE", "he would 'cut her pretty face'"),
        ("STALK_LOITER", "waited by the staff entrance"),
        ("THREAT_VIOLENCE", "'remember what I said"),
        ("RACIAL_HOSTILITY", "n*****'"),
        ("FEAR_OF_VIOLENCE", "scared he is going to attack her"),
        ("SERIOUS_IMPACT", "changed to early shifts only"),
        ("SERIOUS_IMPACT", "her brother now collects her from work"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="third_party", case="mixed", noise="clean", batch="yf",
    pattern="solicitor_letter_ex_business_partner_follows_tracker_antisemitic_messages_threats", relationship="business", occasions=7,
    text="""\
Dear Sirs,

Re: Our client Mr Daniel Levy - conduct of Mr Kieran Boyd

We act for Mr Levy, formerly a director of Boyd & Levy Interiors Ltd, which went into liquidation in May. Since the liquidation Mr Boyd has followed our client by car on at least three occasions (12 June, 30 June and 8 July) and has been seen outside our client's home in the early hours, and on 15 July our client's garage found a GPS tracker under his car. Mr Boyd has sent our client messages describing him as a 'thieving Jew' and a 'typical yid', and on 30 June, after following him onto a petrol station forecourt, told him 'I'll break every bone in your body'. On 10 July he left a voicemail saying 'you're a dead man Levy'.

Our client is in genuine fear that Mr Boyd will seriously injure him. We invite the police to treat this matter with urgency; our client's signed statement can be provided on request.

Yours faithfully,
Ashcombe Reid LLP""",
    spans=[
        ("STALK_FOLLOW", "followed our client by car on at least three occasions"),
        ("REPETITION", "(12 June, 30 June and 8 July)"),
        ("STALK_LOITER", "seen outside our client's home in the early hours"),
        ("STALK_MONITOR", "found a GPS tracker under his car"),
        ("STALK_CONTACT", "sent our client messages"),
        ("RACIAL_HOSTILITY", "'thieving Jew'"),
        ("RACIAL_HOSTILITY", "'typical yid'"),
        ("THREAT_VIOLENCE", "'I'll break every bone in your body'"),
        ("THREAT_VIOLENCE", "'you're a dead man Levy'"),
        ("FEAR_OF_VIOLENCE", "genuine fear that Mr Boyd will seriously injure him"),
    ],
)
