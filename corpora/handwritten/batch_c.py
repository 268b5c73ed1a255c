# ruff: noqa: E501
"""Hand-written narratives, writer c: victim witness statements and personal statements."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="ex_pleading_messages_via_friends_after_block", relationship="ex_partner", occasions=6,
    text="""\
I am the above named person and I live in Kettering with my two children. I was in a relationship with Callum ASHWORTH for about four years, we never married. We split up at the start of February this year, it was my decision and I told him face to face in the kitchen that it was over and I did not want to get back with him.

After that he would not leave it. He texted me pretty much every day, long messages saying he had changed and that we were meant to be a family and he was not going to give up on us. I did not reply to most of them. Around the end of February I blocked his number and his Facebook.

About a week later my friend Shanice told me Callum had messaged her asking her to tell me he loved me and to "just give him five minutes". Then his mum sent me a card through the post with a note from him inside it. I had not given his mum my new address. I also got an email from an address I did not recognise which turned out to be him, I think it was the Thursday before Mother's Day.

He has never threatened me and I am not scared he will hurt me, I just want it to stop. I have kept the card and screenshots and I am happy to hand them to the officer.""",
    spans=[
        ("UNWANTED", "I did not want to get back with him"),
        ("REPETITION", "pretty much every day"),
        ("FIXATION", "we were meant to be a family and he was not going to give up on us"),
        ("UNWANTED", "I blocked his number and his Facebook"),
        ("STALK_CONTACT", "Callum had messaged her asking her to tell me he loved me"),
        ("STALK_GIFTS", "his mum sent me a card through the post with a note from him inside it"),
        ("STALK_CONTACT", "got an email from an address I did not recognise which turned out to be him"),
    ],
)

case(
    2, "no_offence", "",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="single_road_rage_threat", relationship="stranger", occasions=1,
    text="""\
This statement is about what happened on the roundabout by the Asda in Thornaby, I think it was Tuesday 11th, maybe the 12th, about twenty to six in the evening. I was driving home from work in my grey Corsa. A white van pulled out in front of me and I beeped. At the next lights the driver got out, came to my window and was shouting. He said "I'll smash your face in you little prick" and punched the roof of my car. I was frightened and I locked the doors. He got back in his van and drove off towards Stockton. I got part of the registration, I think it ended in KPU. I have never seen this man before and I have not seen him since. I am willing to go to court.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll smash your face in you little prick"),
        ("FEAR_OF_VIOLENCE", "I was frightened and I locked the doors"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="c",
    pattern="neighbour_repeated_threats_victim_afraid", relationship="neighbour", occasions=3,
    text="""\
Me and the lad in flat 6 (Dean, dont know his surname, tall, shaved head, drives a black Audi) have had problems since last summer over him using the disabled bay my dad parks in when he comes round.

First proper incident was a few weeks before christmas. I was putting the recycling out and he came onto the landing and told me "keep ringing the housing about me and ill put you through that window". I went in and locked up. My hands were going, I thought he was about to batter me on the landing.

Next one was January, a weekend, late on, maybe 11ish. Banging on the door. I opened it on the chain and he goes "your dead, you hear me, dead" and spat at the door. I phoned my sister and she stayed on the phone till I calmed down. I kept thinking he'd be back with something.

Friday just gone (14th) he passed me by the bike shed and did the throat thing with his finger. Honestly im terrified of the man now. I wait till I hear his car go before I take the bins out because I think he will attack me if he catches me on my own.""",
    spans=[
        ("THREAT_VIOLENCE", "ill put you through that window"),
        ("FEAR_OF_VIOLENCE", "I thought he was about to batter me on the landing"),
        ("THREAT_VIOLENCE", "your dead, you hear me, dead"),
        ("FEAR_OF_VIOLENCE", "I kept thinking he'd be back with something"),
        ("THREAT_VIOLENCE", "did the throat thing with his finger"),
        ("FEAR_OF_VIOLENCE", "im terrified of the man now"),
        ("FEAR_OF_VIOLENCE", "I think he will attack me if he catches me on my own"),
    ],
)

case(
    4, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="neighbour_racial_abuse_over_fence_weeks", relationship="neighbour", occasions=5,
    text="""\
I am the above named and I make this statement about my neighbour at number 31 Ferndale Road, a man I know as Terry. My wife and I moved in last April. We are both of Pakistani heritage and were born in Bradford.

Since around the middle of June Terry has been shouting things at us over the back fence whenever we are in the garden. The first time I remember clearly was a Sunday, I was cutting the grass and he leant over and said "go back to your own country, this street was alright before your lot came". On another day he called my wife a "P***" while she was hanging washing. I have written down five times so far, the most recent was Saturday gone when he said it again in front of my daughter.

He has not threatened to hurt us and I do not think he would, he is in his seventies. But it is upsetting and my wife does not like going into the garden on her own any more. We just want it to stop. I have started keeping notes of the dates.""",
    spans=[
        ("REPETITION", "whenever we are in the garden"),
        ("RACIAL_HOSTILITY", "go back to your own country, this street was alright before your lot came"),
        ("RACIAL_HOSTILITY", "called my wife a \"P***\""),
        ("REPETITION", "I have written down five times so far"),
        ("DISTRESS", "it is upsetting"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="c",
    pattern="vps_ex_partner_moved_home_changed_job", relationship="ex_partner", occasions=8,
    text="""\
The Victim Personal Statement scheme has been explained to me and I understand that what I say may be used in court and may be seen by the defendant.

Before all this I had a normal life. I worked at the garden centre on the Leek Road and I walked to work most days. After Ryan kept turning up at the garden centre and sitting in his car outside my house I could not carry on like that. I left that job in October because I could not stand looking out at the car park waiting for his car to pull in. I am now working in an office in Hanley for less money.

In November I gave up my tenancy and moved in with my nan. I had lived in that house for six years and it was the first place that was mine. I have not told many people where I am now and I have come off Instagram completely.

I have been to my GP and I am on sertraline. I don't sleep properly. I check the window before I go to bed, every night, and I make my brother walk me to the bus. I feel like he has taken the person I was.""",
    spans=[
        ("STALK_TURN_UP", "Ryan kept turning up at the garden centre"),
        ("STALK_LOITER", "sitting in his car outside my house"),
        ("SERIOUS_IMPACT", "I left that job in October"),
        ("SERIOUS_IMPACT", "I gave up my tenancy and moved in with my nan"),
        ("SERIOUS_IMPACT", "I have come off Instagram completely"),
        ("SERIOUS_IMPACT", "I have been to my GP and I am on sertraline"),
        ("SERIOUS_IMPACT", "I make my brother walk me to the bus"),
    ],
)

case(
    6, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="c",
    pattern="colleague_abusive_messages_work_grievance", relationship="colleague", occasions=4,
    text="""\
IP Joanne FERRIS (44) reports ongoing abusive msgs from work colleague Gavin OYELARAN (38), both employed at the depot on Trafford Park. Issue started after IP gave evidence in a disciplinary hearing against SUSP in Sept which resulted in a final written warning.

Since then SUSP has sent IP 4 x WhatsApp msgs to her personal phone (screenshots obtained, exhibit JF/1): 23/10 "grassing cow", 30/10 "hope ur proud of urself u fat snake", 02/11 "everyone at work knows what you are", 09/11 voice note calling her a liar and a "waste of oxygen". No threats made. IP states she is upset and dreading shifts, has spoken to HR. SUSP has not followed IP or attended her home address and IP does not believe he is interested in her personally - "its about the warning".

IP wants SUSP spoken to. OIC to arrange VA interview. Harassment warning considered but not appropriate as offences disclosed. THRIVE - standard.""",
    spans=[
        ("REPETITION", "4 x WhatsApp msgs"),
        ("DISTRESS", "IP states she is upset and dreading shifts"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="customer_fixated_on_pharmacist_anti_muslim_remarks", relationship="customer", occasions=5,
    text="""\
I work as a dispensing assistant at the Lloyds pharmacy on Wellington Street. I am Muslim and I wear a hijab at work and outside.

There is a man who comes in for a prescription, I now know his name is Keith BRAMLEY because it is on his scripts. From about March he started coming in when he did not need anything, sometimes three or four times a week, and would only speak to me. He asked what time I finish and if I had a boyfriend. I told him I was married and not interested and my manager Priya asked him to stop coming in unless he needed a prescription.

In April I noticed him at the bus stop outside when I finished at six. He got on my bus and sat behind me. He did this on at least two more evenings. On one of them he leaned forward and said "you'd be pretty without that thing on your head, your religion makes you women into slaves, you need saving from it". Another time he left an envelope at the counter for me with a printed leaflet about leaving Islam and a note saying "I can help you be free".

I am not frightened he will hurt me, I think he is lonely and strange, but I find it very uncomfortable and I don't want him near me.""",
    spans=[
        ("REPETITION", "three or four times a week"),
        ("FIXATION", "would only speak to me"),
        ("FIXATION", "He asked what time I finish"),
        ("UNWANTED", "I told him I was married and not interested"),
        ("STALK_LOITER", "I noticed him at the bus stop outside when I finished at six"),
        ("STALK_FOLLOW", "He got on my bus and sat behind me"),
        ("REPETITION", "on at least two more evenings"),
        ("RELIGIOUS_HOSTILITY", "your religion makes you women into slaves"),
        ("STALK_GIFTS", "left an envelope at the counter for me"),
        ("RELIGIOUS_HOSTILITY", "a printed leaflet about leaving Islam"),
        ("DISTRESS", "I find it very uncomfortable"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="typos", batch="c",
    pattern="local_man_threats_nationality_abuse_polish_victim", relationship="acquaintance", occasions=3,
    text="""\
My name is Tomasz and I came from Poland in 2014, I work at the chicken factory in Holbeach and I live on Churchgate with my partner. There is a man called Lee, I think surname is PICKERING, he drinks at the Bell and he knows me from there, we played pool a few times last year.

After the football in the summer something changed. In the car park of the Bell (about end of July) he said to me "you polish c**ts are taking all the jobs, get back to Poland before I put you in hospital". He pushed me against the car. I was very scared, I thought he will beat me and I went home and did not go to the Bell again.

About three weeks after, he saw me in the Co-op and said "I told you, Polack, your days are numbered". I left my shopping and went out the back way. I was shaking I was sure he was going to follow me and hurt me.

The last time was the 2nd of this month, he shouted from his van "still here? ill burn you out" when I was walking home. Now I am afraid in my own house at night, I really beleive he will come and hurt me or my partner.""",
    spans=[
        ("RACIAL_HOSTILITY", "you polish c**ts are taking all the jobs, get back to Poland"),
        ("THREAT_VIOLENCE", "before I put you in hospital"),
        ("FEAR_OF_VIOLENCE", "I was very scared, I thought he will beat me"),
        ("RACIAL_HOSTILITY", "Polack"),
        ("THREAT_VIOLENCE", "your days are numbered"),
        ("FEAR_OF_VIOLENCE", "I was sure he was going to follow me and hurt me"),
        ("THREAT_VIOLENCE", "ill burn you out"),
        ("FEAR_OF_VIOLENCE", "I really beleive he will come and hurt me"),
    ],
)

case(
    9, "no_offence", "",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="debt_collection_letters_calls_lawful", relationship="business", occasions=9,
    text="""\
I want to report that I am being harassed by a company called Meridian Credit Recovery. Last year I fell behind on a catalogue account, I think it was about £640. The account was sold to them.

Since January they have written to me about six times and they phone me most weeks, sometimes twice in a day. A man rang on Tuesday and said if I did not set up a payment plan they would pass it to enforcement agents and apply for a county court judgment. He was not rude but it made me anxious and I cried after the call. The letters are all the same, they have the balance on and a freephone number.

Nobody from the company has come to the house. They have not sworn at me or threatened me. I accept I owe the money but I cannot afford what they are asking. I would like the police to tell them to stop calling.""",
    spans=[
        ("DISTRESS", "it made me anxious and I cried after the call"),
    ],
)

case(
    10, "stalking", "CS",
    voice="updates", case="inconsistent", noise="abbrev", batch="c",
    pattern="online_fake_profiles_and_account_access", relationship="online", occasions=5,
    text="""\
04/03 1120 PC 4471 HEGARTY - TT IP Bethan LLOYD-OWEN. IP met SUSP (online name "RhysD_88", believed Rhys DANIELS) via gaming discord approx 18 months ago, never met in person. IP ended friendship Dec after he kept asking for pics. Since then: 3 x fake instagram accounts in IP's name using her photos, one with her workplace listed. IP reported to Instagram, accounts removed then new one appears within days.

06/03 0915 - IP called back. states SUSP messaged her from a new acct on TikTok quoting a msg she had sent her sister on Messenger the night before. IP has changed passwords, believes he had her old Facebook login. ADVICE GIVEN re 2FA.

11/03 PC HEGARTY - screenshots recvd (BL/1-BL/9). IP says she is "freaked out by it" but carrying on as normal, still working, going out, does not feel in physical danger as he lives in Kent per his own posts. No threats in any msgs.
12/03 - enquiry to Meta re subscriber info submitted. awaiting.""",
    spans=[
        ("UNWANTED", "IP ended friendship Dec"),
        ("STALK_PUBLISH", "3 x fake instagram accounts in IP's name using her photos"),
        ("REPETITION", "new one appears within days"),
        ("STALK_CONTACT", "SUSP messaged her from a new acct on TikTok"),
        ("STALK_MONITOR", "quoting a msg she had sent her sister on Messenger the night before"),
        ("STALK_MONITOR", "believes he had her old Facebook login"),
        ("DISTRESS", "\"freaked out by it\""),
    ],
)

case(
    11, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="c",
    pattern="vps_neighbour_filming_racist_notes_family_changed_life", relationship="neighbour", occasions=10,
    text="""\
I have had the Victim Personal Statement explained to me. I understand it will be given to the court.

I want the court to know what the last year has been like for my family. We are a Black British family and we had lived happily on Orchard Close for nine years before Mr WHITTAKER moved in opposite.

For months he filmed us from his front window and from his drive every time we came and went, the children as well. He wrote down our car registration and the times we left. We had notes through the door calling us monkeys and telling us to go back to the jungle. Every time I saw his phone pointed at us my stomach turned over.

Because of this I changed my hours at the hospital so I was never leaving the house in the dark. My husband fitted cameras and a new fence. We took our son out of the school at the end of the road and he now goes to one four miles away so that he doesn't have to walk past that house. My daughter has had counselling. In the end we put the house up for sale, which is not something we ever wanted to do.

I am not the same person. I feel watched all of the time, even when I know he is not there.""",
    spans=[
        ("REPETITION", "For months"),
        ("STALK_WATCH", "he filmed us from his front window and from his drive every time we came and went"),
        ("STALK_MONITOR", "wrote down our car registration and the times we left"),
        ("RACIAL_HOSTILITY", "notes through the door calling us monkeys"),
        ("RACIAL_HOSTILITY", "telling us to go back to the jungle"),
        ("SERIOUS_IMPACT", "I changed my hours at the hospital"),
        ("SERIOUS_IMPACT", "My husband fitted cameras and a new fence"),
        ("SERIOUS_IMPACT", "We took our son out of the school at the end of the road"),
        ("SERIOUS_IMPACT", "My daughter has had counselling"),
        ("SERIOUS_IMPACT", "we put the house up for sale"),
        ("DISTRESS", "I feel watched all of the time"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="brother_in_law_threats_over_inheritance", relationship="family", occasions=3,
    text="""\
I am the widow of Alan McKINNON who died in August last year. His brother Stuart McKINNON believes he should have been left the house in Alan's will and there is a dispute going through solicitors.

In October Stuart came to the house uninvited. He stood in the hallway and said "you'll not see Christmas in this house, I'll make sure of it, one way or another". He had his fist clenched. I genuinely believed he was going to hit me and I backed into the kitchen.

On Boxing Day he rang me, I think he had been drinking, and said he knew people who would "sort me out". After that call I was too scared to stay on my own and my daughter Kirsty came to stop with me for a few nights. I thought he or someone he sent would come and hurt me.

In February he left a voicemail which I have kept, saying "last warning, sign it over or you'll get hurt". I am 71 and live alone. I am frightened of what he will do to me. I have not had any other trouble from anyone.""",
    spans=[
        ("THREAT_VIOLENCE", "you'll not see Christmas in this house, I'll make sure of it, one way or another"),
        ("FEAR_OF_VIOLENCE", "I genuinely believed he was going to hit me"),
        ("THREAT_VIOLENCE", "he knew people who would \"sort me out\""),
        ("FEAR_OF_VIOLENCE", "I thought he or someone he sent would come and hurt me"),
        ("THREAT_VIOLENCE", "last warning, sign it over or you'll get hurt"),
        ("FEAR_OF_VIOLENCE", "I am frightened of what he will do to me"),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSF",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="stranger_follows_from_gym_victim_fears_attack", relationship="stranger", occasions=4,
    text="""\
I go to the PureGym on Chapel Street usually Monday, Wednesday and Friday after work, so about half six until eight. I first noticed the man I describe below in the free weights area in early May. He is white, about 40, heavy build, grey beard, often wears a red Liverpool training top.

He kept looking over at me and once tried to talk to me about my technique, I was polite but said I was fine. The following week when I left the gym he was standing by the cash machine across the road and he walked behind me all the way to Salford Crescent station. I got on the train and he didn't, but I was terrified, I thought he was going to grab me in the underpass.

It happened again the week after and this time he said "see you Friday then" when I turned round. On the Friday I asked the gym staff to walk me to a taxi. The next Monday he was in the gym car park sitting on the wall when I came out, and he said "you can't keep getting taxis forever, love". I honestly think he is going to attack me at some point. I don't know his name and I've never spoken to him beyond what I've said here.""",
    spans=[
        ("STALK_WATCH", "He kept looking over at me"),
        ("STALK_LOITER", "he was standing by the cash machine across the road"),
        ("STALK_FOLLOW", "he walked behind me all the way to Salford Crescent station"),
        ("FEAR_OF_VIOLENCE", "I thought he was going to grab me in the underpass"),
        ("REPETITION", "It happened again the week after"),
        ("FIXATION", "see you Friday then"),
        ("STALK_LOITER", "he was in the gym car park sitting on the wall"),
        ("THREAT_VIOLENCE", "you can't keep getting taxis forever, love"),
        ("FEAR_OF_VIOLENCE", "I honestly think he is going to attack me"),
    ],
)

case(
    14, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="c",
    pattern="two_rows_months_apart_reconciled_review", relationship="partner", occasions=2,
    text="""\
Sgt 2290 OKAFOR review. Crime currently classified as harassment (8L). I do not agree and have asked the registrar to look again.

Two incidents only: 14/06 argument at the home address of Kelly-Anne BRIGGS and Marcus TEMPLE, both shouting, neighbours called, Marcus called IP "a psycho" and she threw his phone. No injuries. Then 29/11, argument outside the Swan over his ex, words exchanged both ways, Kelly-Anne reported he "called her every name under the sun". In between the couple got back together in late July and were living together again until mid Nov per IP's own account. No contact since 29/11, IP does not want action and says "we're just done now".

Two incidents 5 months apart with reconciliation and cohabiting between them, mutual in each case. Not a course of conduct in my view. DASH standard, no further DA flags. Please reclassify as a non-crime DA incident and NFA. Advice given to both.""",
    spans=[],
)

case(
    15, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="colleague_repeated_anti_romanian_remarks", relationship="colleague", occasions=4,
    text="""\
I am employed as a care assistant at Brookfield House nursing home and have been since 2021. I am Romanian. This statement is about a senior carer, Sharon DOCHERTY.

In the handover on a Sunday in March, in front of two other staff, Sharon said to me "don't let her near the drugs trolley, you know what Romanians are like, thieves the lot of them". Everyone went quiet. Then on the night shift a few days later she said on the phone, so I could hear, that "the gypsy" was on with her tonight and to count the cutlery.

In April she put a note in my pigeonhole that said "Go home Dracula" with a picture of a bat. The last time was the 9th of May, when she told a resident's daughter that I couldn't understand English "like all of them from over there".

I have raised a grievance with the manager, Mr Asante. She has never threatened me physically. I feel humiliated and I dread the shifts she is on, but I have not changed my shifts, I need the hours.""",
    spans=[
        ("RACIAL_HOSTILITY", "you know what Romanians are like, thieves the lot of them"),
        ("RACIAL_HOSTILITY", "\"the gypsy\""),
        ("RACIAL_HOSTILITY", "\"Go home Dracula\""),
        ("RACIAL_HOSTILITY", "\"like all of them from over there\""),
        ("DISTRESS", "I feel humiliated and I dread the shifts she is on"),
    ],
)

case(
    16, "harassment", "C",
    voice="statement", case="lower", noise="typos", batch="c",
    pattern="former_friend_abusive_texts_and_comments", relationship="acquaintance", occasions=5,
    text="""\
i have known jade (jade ROWNTREE) since school, we were friends till we fell out at her sisters hen do in september over something i said about her boyfriend. since then she has been sending me horrible messages. the first was the night of the hen do "ur a two faced slag and everyone hates u". then a couple of weeks later "hope ur kids get taken off u" which really upset me. she also commented on my facebook post about my new job calling me a "fat waste of space" and her mates all liked it.

theres been about five messages in total i think, i have them all on my phone. she hasnt come to my house or anything and shes never said she would hurt me, its just nasty. ive blocked her on facebook now but she still texts. im not scared of her im just sick of it and it gets to me at night.""",
    spans=[
        ("REPETITION", "since then she has been sending me horrible messages"),
        ("REPETITION", "a couple of weeks later"),
        ("DISTRESS", "which really upset me"),
        ("REPETITION", "about five messages in total"),
        ("UNWANTED", "ive blocked her on facebook"),
        ("DISTRESS", "it gets to me at night"),
    ],
)

case(
    17, "aggravated_stalking", "CSR",
    voice="call_log", case="upper", noise="heavy", batch="c",
    pattern="ex_partner_repeated_contact_anti_sikh_abuse", relationship="ex_partner", occasions=6,
    text="""\
CAD 1187 18/09 2214 G2. CLR HARPREET KAUR SANDHU (33) - REPORTS EX P/NER DARREN MOSS (35) HAS BEEN OUTSIDE HER ADDRESS AGAIN TONIGHT, SAT IN GRY FOCUS ON CORNER FOR APPROX 40 MINS. CLR STATES THIS IS 4TH TIME THIS MONTH. SEP SINCE JUNE, HE WONT ACCEPT IT, TEXTS SAYING SHE BELONGS WITH HIM.
CLR STATES WHEN SHE WENT OUT TO HER CAR TONIGHT HE WOUND DOWN WINDOW AND SHOUTED "GO BACK TO YOUR TEMPLE AND YOUR TOWEL HEAD BROTHERS THEY CAN HAVE YOU". ALSO PREV MSGS ABOUT HER FAMILY "TURBAN WEARING ****" - SCREENSHOTS KEPT.
NO THREATS MADE TONIGHT, CLR NOT INJ. CLR CALM, SAYS SHE ISNT SCARED OF HIM "HES PATHETIC" BUT WANTS IT LOGGED AND STOPPED.
2231 VEH GONE ON CLR ACCOUNT. UNITS NIL AVAIL - DEFERRED APPT OFFERED 19/09 AM, ACCEPTED. PNC CHECK ON VRM SHOWS REG KEEPER MOSS. PREV LOGS 0932 02/09, 1450 11/09 REF.""",
    spans=[
        ("STALK_LOITER", "SAT IN GRY FOCUS ON CORNER FOR APPROX 40 MINS"),
        ("REPETITION", "4TH TIME THIS MONTH"),
        ("UNWANTED", "HE WONT ACCEPT IT"),
        ("FIXATION", "TEXTS SAYING SHE BELONGS WITH HIM"),
        ("RELIGIOUS_HOSTILITY", "GO BACK TO YOUR TEMPLE AND YOUR TOWEL HEAD BROTHERS"),
        ("RELIGIOUS_HOSTILITY", "\"TURBAN WEARING ****\""),
    ],
)

case(
    18, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="colleague_gifts_car_park_waiting_no_threats", relationship="colleague", occasions=6,
    text="""\
I am a team leader at the HMRC office in Washington. Gareth PRICE works in a different team on the same floor. We went for one drink as part of a leaving do last November and that was the only time we have been anywhere together.

Since January he has left things on my desk before I get in: a Terry's chocolate orange, a card with a poem in it, a keyring with my initial. The card said "I know you feel it too, we just need the right time". I told him in the kitchen in early February that I was not interested and asked him to stop leaving things. He said "you don't mean that".

After that the gifts stopped for a bit but then he started waiting by my car in the multi-storey at the end of the day, I've seen him there at least four times, just standing near the pay machine. He knows I park on level 3. He has never threatened me and never touched me. I have not changed anything about how I get to work but I do feel uneasy, and I've told my manager.""",
    spans=[
        ("STALK_GIFTS", "he has left things on my desk before I get in"),
        ("FIXATION", "I know you feel it too, we just need the right time"),
        ("UNWANTED", "I told him in the kitchen in early February that I was not interested"),
        ("FIXATION", "you don't mean that"),
        ("STALK_LOITER", "he started waiting by my car in the multi-storey"),
        ("REPETITION", "at least four times"),
        ("FIXATION", "He knows I park on level 3"),
        ("DISTRESS", "I do feel uneasy"),
    ],
)

case(
    19, "aggravated_harassment_fear_of_violence", "CFR",
    voice="vps", case="mixed", noise="clean", batch="c",
    pattern="vps_neighbour_racist_threats_fear", relationship="neighbour", occasions=4,
    text="""\
The VPS scheme has been explained to me by PC Rowlands and I understand this may be read out in court.

Since the defendant started on us in the spring I have been frightened every day. He told me more than once he would "cut me up" and called me a "black b*****d" and said people like me should be "sent back on a banana boat". The first time he threatened me on the path I really thought he would stab me. When he came to the front door in June shouting the same things I hid upstairs with my grandson because I thought he was going to get in and hurt us.

I am 64 and I have lived in Moss Side for most of my life and I have never felt like this. I keep the phone by the bed. Every time I hear a man shouting in the street I think it is him coming for me. I still go to church and to my allotment, I will not let him stop me, but I am scared the whole time I am out.""",
    spans=[
        ("REPETITION", "more than once"),
        ("THREAT_VIOLENCE", "\"cut me up\""),
        ("RACIAL_HOSTILITY", "\"black b*****d\""),
        ("RACIAL_HOSTILITY", "\"sent back on a banana boat\""),
        ("FEAR_OF_VIOLENCE", "I really thought he would stab me"),
        ("FEAR_OF_VIOLENCE", "I thought he was going to get in and hurt us"),
        ("FEAR_OF_VIOLENCE", "I think it is him coming for me"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="ex_partner_tracker_on_car_changed_job", relationship="ex_partner", occasions=5,
    text="""\
I separated from Nathan HOLLOWAY in the middle of last year after nine years together. We have no children. I moved to a rented flat in Didcot.

From about September he seemed to always know where I was. He would text things like "enjoy your coffee at Costa" or "nice walk round the lake today?" when I had not told anyone. Twice his car was parked on the retail park when I came out of work. In November my brother looked under my Fiesta and found a small black box stuck magnetically inside the rear bumper. The officer who came took it away as exhibit SL/2.

I was so shaken by the tracker that I handed my notice in at Halfords and took a job in Oxford where he doesn't know anyone. I sold the car. I now get the train and I vary which one. I have had a video doorbell fitted and changed the locks, and I have not been out in the evening on my own since November. He has not threatened me.""",
    spans=[
        ("STALK_MONITOR", "he seemed to always know where I was"),
        ("STALK_MONITOR", "\"enjoy your coffee at Costa\""),
        ("STALK_LOITER", "Twice his car was parked on the retail park when I came out of work"),
        ("STALK_MONITOR", "found a small black box stuck magnetically inside the rear bumper"),
        ("SERIOUS_IMPACT", "I handed my notice in at Halfords"),
        ("SERIOUS_IMPACT", "I sold the car"),
        ("SERIOUS_IMPACT", "I have had a video doorbell fitted and changed the locks"),
        ("SERIOUS_IMPACT", "I have not been out in the evening on my own since November"),
    ],
)

case(
    21, "no_offence", "S",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="ex_partner_single_doorstep_visit_no_further_contact", relationship="ex_partner", occasions=1,
    text="""\
On Saturday 7th about 3pm my ex, Imran QURESHI, turned up at my door. We broke up in the summer. He said he had come to collect his PlayStation and a box of his clothes, which he hadn't given me any warning about. I didn't want to let him in so I passed the box out to him. He stood on the step and tried to talk about us and I said no, I've moved on. He got a bit upset and said I had wasted three years of his life, then he left.

He has not contacted me since that day, no texts, calls or anything, and before that we had not spoken since August. I don't think he will come back as he has all his stuff now. I am reporting it so that there is a record. I was a bit shaken after.""",
    spans=[
        ("STALK_TURN_UP", "turned up at my door"),
        ("UNWANTED", "I didn't want to let him in"),
        ("DISTRESS", "I was a bit shaken after"),
    ],
)

case(
    22, "harassment", "C",
    voice="vps", case="mixed", noise="clean", batch="c",
    pattern="vps_shop_manager_barred_customer_repeated_abuse", relationship="customer", occasions=3,
    text="""\
I have been told about the Victim Personal Statement and I understand it may be used in court.

I have managed the Spar on Bewick Street for eleven years. After I barred the defendant for shoplifting he came back three times to have a go at me. He called me a "fat jobsworth", a "dried up old bag", and the last time he spat on the counter in front of a queue of customers.

I was never frightened of him, he is all mouth. But it was humiliating being spoken to like that in my own shop and I went home and cried after the second time. I have not changed anything, I still open up most mornings. I just want him to stay away.""",
    spans=[
        ("UNWANTED", "After I barred the defendant"),
        ("REPETITION", "he came back three times to have a go at me"),
        ("DISTRESS", "it was humiliating being spoken to like that in my own shop"),
        ("DISTRESS", "I went home and cried after the second time"),
    ],
)

case(
    23, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="statement", case="mixed", noise="typos", batch="c",
    pattern="stranger_follows_student_anti_chinese_abuse_fear", relationship="stranger", occasions=4,
    text="""\
Im in second year at Lancaster Uni, my family are from Hong Kong originally but I was born in Preston where mum and dad have the takeaway. I rent a room off campus on Dale St with 3 others.

October, the Pointer roundabout stop, 8ish in the morning. An older man squeezed in next to me under the shelter and said "ching chong, go home and take your virus with you". I shuffled down the queue. When the 2A came he sat two rows back, got off when I got off, and stayed maybe 10 metres behind me all down Dale St. My heart was going, I was convinced he'd jump me before I got my key in.

Since then ive seen him 3 more times that I know of. One evening he was leaning on the wall opposite our house having a cig, looking at our windows. Another time in Sainsburys he was behind me aisle after aisle and by the tills he said "I know where you live now, chinky". Then a fortnight ago, same bus stop, he said "next time I'll do you". I ran into the chemist and the pharmacist let me stay in the back room. I am properly scared he's going to hurt me.

Ive stopped using the bus full stop, my housemate Aled drives me in or I get an Uber which I cant really afford. Ive missed about 6 lectures and my tutor knows why. Description: white, 50s, thin, grey tracky, limps on his left leg.""",
    spans=[
        ("RACIAL_HOSTILITY", "ching chong, go home and take your virus with you"),
        ("STALK_FOLLOW", "got off when I got off, and stayed maybe 10 metres behind me all down Dale St"),
        ("FEAR_OF_VIOLENCE", "I was convinced he'd jump me before I got my key in"),
        ("REPETITION", "3 more times"),
        ("STALK_LOITER", "he was leaning on the wall opposite our house"),
        ("STALK_WATCH", "looking at our windows"),
        ("STALK_FOLLOW", "he was behind me aisle after aisle"),
        ("FIXATION", "I know where you live now"),
        ("RACIAL_HOSTILITY", "chinky"),
        ("THREAT_VIOLENCE", "next time I'll do you"),
        ("FEAR_OF_VIOLENCE", "I am properly scared he's going to hurt me"),
        ("SERIOUS_IMPACT", "Ive stopped using the bus full stop"),
        ("SERIOUS_IMPACT", "Ive missed about 6 lectures"),
    ],
)

case(
    24, "harassment", "C",
    voice="third_party", case="mixed", noise="abbrev", batch="c",
    pattern="mother_reports_group_chat_abuse_of_daughter", relationship="online", occasions=4,
    text="""\
RP is Mrs Donna ELLISON, mother of IP Maisie ELLISON (16). RP calling on behalf of daughter as she "wont ring herself". States a lad Maisie knows online from a Snapchat group, goes by "kxne.07", real name thought to be Kane, lives somewhere in Wigan, has been posting nasty stuff about her in the group chat and sending her DMs.

RP has seen msgs on Maisie's phone - called her "a skank", "minger", said "no one would miss u". RP says there have been 4 or 5 separate lots of msgs over the last 3 wks, latest last night (Tues) approx 2300. Maisie has left the group. RP says Kane has not been near the house, no threats to hurt her, doesnt think he is "obsessed" with her, "its a gang of them being vile and he's the ringleader". Maisie is upset and has been crying but still going to college.

RP asked re getting the msgs taken down. Advised to screenshot, report to platform. Callback booked for PCSO contact with both. Not known to school liaison.""",
    spans=[
        ("REPETITION", "4 or 5 separate lots of msgs over the last 3 wks"),
        ("UNWANTED", "Maisie has left the group"),
        ("DISTRESS", "Maisie is upset and has been crying"),
    ],
)

case(
    25, "stalking", "CS",
    voice="vps", case="mixed", noise="clean", batch="c",
    pattern="vps_online_follower_turns_up_at_event", relationship="online", occasions=6,
    text="""\
The Victim Personal Statement scheme was explained to me and I know that this statement may be shown to the defendant and read in court.

I make videos about baking online and I have about 30,000 followers. The defendant started commenting on everything I posted last year. Then the messages came, long ones, every day, about how we had a connection and he could tell from my videos that I was unhappy with my husband. I blocked him, and then he came back on different accounts. When I did a stall at the Harrogate food festival he was there and stood at the side of my stall for most of the afternoon, and he left a bunch of roses and a letter with my name on it.

I want the court to understand how uncomfortable and exposed this has made me feel. I used to love reading comments and now I dread it. I have carried on making my videos because this is my income and I won't let one person take that away. I have not stopped going to events, but I now take my sister with me. Mostly I feel angry and very tired of it.""",
    spans=[
        ("REPETITION", "every day"),
        ("FIXATION", "how we had a connection and he could tell from my videos that I was unhappy with my husband"),
        ("UNWANTED", "I blocked him"),
        ("STALK_CONTACT", "he came back on different accounts"),
        ("STALK_TURN_UP", "When I did a stall at the Harrogate food festival he was there"),
        ("STALK_LOITER", "stood at the side of my stall for most of the afternoon"),
        ("STALK_GIFTS", "left a bunch of roses and a letter with my name on it"),
        ("DISTRESS", "how uncomfortable and exposed this has made me feel"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="notebook", case="inconsistent", noise="abbrev", batch="c",
    pattern="pnb_neighbour_anti_irish_abuse_repeated", relationship="neighbour", occasions=3,
    text="""\
WEDNESDAY 12TH MARCH. 1540 hrs. Attended 22 Cromwell Terrace re ongoing neighbour issue, spoke to IP Mr Declan O'SULLIVAN (58). IP states Mr Barry NUTTALL of no. 24 has on three occasions since Feb shouted at him across the front gardens. 1st occ approx 10/02 - "FENIAN SCUM, GET BACK TO YOUR BOGS". 2nd occ approx 24/02 - "IRA B*****D" as IP got into his car. 3rd occ today approx 1500 - "NOBODY WANTS YOUR SORT HERE PADDY". IP's wife Mrs Aoife O'Sullivan w/ness to today.
IP says no threats, no damage. IP says "its the being Irish he can't stand, he's fine with everyone else". States he is fed up and embarrassed in front of the other neighbours.
1602 hrs - knocked no. 24, no reply. Card left. BWV on throughout. Further enq req: CCTV from no. 20 (Ring doorbell) covers both gardens.""",
    spans=[
        ("REPETITION", "on three occasions since Feb"),
        ("RACIAL_HOSTILITY", "GET BACK TO YOUR BOGS"),
        ("RACIAL_HOSTILITY", "\"IRA B*****D\""),
        ("RACIAL_HOSTILITY", "NOBODY WANTS YOUR SORT HERE PADDY"),
        ("RACIAL_HOSTILITY", "its the being Irish he can't stand"),
        ("DISTRESS", "he is fed up and embarrassed"),
    ],
)

case(
    27, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="acquaintance_waits_outside_work_victim_signed_off", relationship="acquaintance", occasions=7,
    text="""\
I met Ashley GRANT through a friend's birthday in the summer. We swapped numbers and went for one meal. I did not want to see him again and I told him by text, politely, that I didn't think we were suited.

He kept replying asking what he'd done wrong and saying he'd never felt like this about anyone. Then he started turning up at the dental practice where I work on Castle Street. The receptionist Lorraine has seen him sitting on the bench opposite at lunch on several days, and twice he was there at half five when I came out. One evening he walked alongside me to the car saying he just wanted to talk.

I have been signed off work by my doctor since the beginning of December with anxiety. When I go back I have asked to work at our other branch in Wrexham. I have not been out on my own after dark since it started, and I've had a chain put on my door. He has never threatened me but I cannot live like this.""",
    spans=[
        ("UNWANTED", "I told him by text, politely, that I didn't think we were suited"),
        ("STALK_CONTACT", "He kept replying asking what he'd done wrong"),
        ("FIXATION", "he'd never felt like this about anyone"),
        ("STALK_TURN_UP", "he started turning up at the dental practice where I work"),
        ("STALK_LOITER", "sitting on the bench opposite at lunch on several days"),
        ("REPETITION", "twice he was there at half five"),
        ("STALK_FOLLOW", "he walked alongside me to the car"),
        ("SERIOUS_IMPACT", "I have been signed off work by my doctor since the beginning of December with anxiety"),
        ("SERIOUS_IMPACT", "I have asked to work at our other branch in Wrexham"),
        ("SERIOUS_IMPACT", "I have not been out on my own after dark since it started"),
        ("SERIOUS_IMPACT", "I've had a chain put on my door"),
    ],
)

case(
    28, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="former_business_partner_threats_over_money", relationship="business", occasions=3,
    text="""\
Mark ELLWOOD and I ran a joinery firm together, E&B Joinery, until we dissolved the partnership in the spring. He says I owe him £18,000 from the sale of the van and tools and I say I don't. That is with our solicitors.

In June he rang me at home and said "you've got a month or I'll come round and break your legs, I'm not joking". I knew he had a temper, I've seen him put a lad against a wall on site. I was genuinely scared he'd do it and for weeks I checked the street before I went out to the truck.

In August he turned up at a job I was doing in Ilkley and in front of the customer said "you're a dead man walking, Craig". I left the job and drove home. I honestly believed he was going to come for me that night. I slept with the bedroom door wedged.

He sent a text in September saying "not forgotten". I have no problem with him apart from the money but I am frightened of what he will do to me.""",
    spans=[
        ("THREAT_VIOLENCE", "you've got a month or I'll come round and break your legs"),
        ("FEAR_OF_VIOLENCE", "I was genuinely scared he'd do it"),
        ("THREAT_VIOLENCE", "you're a dead man walking, Craig"),
        ("FEAR_OF_VIOLENCE", "I honestly believed he was going to come for me that night"),
        ("THREAT_VIOLENCE", "\"not forgotten\""),
        ("FEAR_OF_VIOLENCE", "I am frightened of what he will do to me"),
    ],
)

case(
    29, "no_offence", "",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="neighbour_hedge_boundary_mutual_abuse", relationship="neighbour", occasions=3,
    text="""\
I have lived at 9 Larkspur Avenue since 2009. My neighbour at number 11, Mr Geoffrey PENHALIGON, had his conifers cut down in April and put up a fence which I say is about a foot onto my side. I have had a surveyor out and I've written to him twice about it.

We have had words about it three times. The last time, on the bank holiday Monday, he was in his front garden and I told him he was a thief and a liar, and he called me "a nosy old cow" and said I should mind my own business. I admit I swore at him as well. Nobody was touched and he has never threatened me. Other than the fence he has never bothered me and we used to get on.

I would like the police to make him move the fence back.""",
    spans=[],
)

case(
    30, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="neighbour_photographs_jewish_family_antisemitic_remarks", relationship="neighbour", occasions=6,
    text="""\
I am the above named person. I live with my husband and our four children on Wellington Avenue in Prestwich. We are an Orthodox Jewish family.

Since about Pesach the man across the road, who I know only as Mr HAYWOOD, has been photographing us. He stands at his bay window with his phone held up whenever we walk to shul on a Saturday morning, and my husband has seen him doing the same on Friday evenings. Twice I have seen him walking slowly behind us on Bury Old Road, stopping when we stopped.

In May he put a printed sheet through our letterbox with photographs of my children walking to school, and under them he had written "we know who runs the banks and the media, we are keeping an eye on your lot". On another occasion when my husband asked him to stop filming he said "your sort always think you're special".

He has never said he will hurt us. I have not changed our routine, we will not be pushed out of our own community, but I feel unsettled and my eldest asks why the man takes pictures.""",
    spans=[
        ("STALK_WATCH", "has been photographing us"),
        ("STALK_WATCH", "He stands at his bay window with his phone held up"),
        ("REPETITION", "whenever we walk to shul on a Saturday morning"),
        ("STALK_FOLLOW", "walking slowly behind us on Bury Old Road, stopping when we stopped"),
        ("STALK_PUBLISH", "a printed sheet through our letterbox with photographs of my children"),
        ("RELIGIOUS_HOSTILITY", "we know who runs the banks and the media"),
        ("STALK_WATCH", "we are keeping an eye on your lot"),
        ("UNWANTED", "my husband asked him to stop filming"),
        ("RELIGIOUS_HOSTILITY", "your sort always think you're special"),
        ("DISTRESS", "I feel unsettled"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFR",
    voice="judgment", case="mixed", noise="clean", batch="c",
    pattern="appeal_retelling_taxi_driver_threats_racial", relationship="customer", occasions=3,
    text="""\
The complainant, a private hire driver of Bangladeshi origin, had on three occasions between 2 March and 19 April 2022 been booked through the operator by the appellant, who lived on the estate the complainant served. On the first occasion, at about 2340 hrs, the appellant refused to pay, called the complainant a "dirty little Bengali" and told him that he would "stab him in his own cab". The complainant said in evidence that he believed the appellant would do so and drove away without the fare.

On 28 March the appellant booked again under a different name. When the complainant arrived he recognised him and declined the job; the appellant struck the window and shouted that "your lot" would be "burned out of this town" and that he knew where the complainant parked at night. The complainant told the court that for the rest of that week he was afraid he would be attacked at the rank.

On 19 April the appellant approached the car at the rank outside the Co-operative and repeated the threat. The recorder found that the complainant had on each occasion feared that violence would be used against him and that the hostility shown was based on his ethnic origin. Those findings were plainly open to her.""",
    spans=[
        ("REPETITION", "on three occasions between 2 March and 19 April 2022"),
        ("RACIAL_HOSTILITY", "\"dirty little Bengali\""),
        ("THREAT_VIOLENCE", "\"stab him in his own cab\""),
        ("FEAR_OF_VIOLENCE", "he believed the appellant would do so"),
        ("RACIAL_HOSTILITY", "\"your lot\" would be \"burned out of this town\""),
        ("THREAT_VIOLENCE", "he knew where the complainant parked at night"),
        ("FEAR_OF_VIOLENCE", "he was afraid he would be attacked at the rank"),
        ("THREAT_VIOLENCE", "repeated the threat"),
    ],
)

case(
    32, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="typos", batch="c",
    pattern="vps_ex_partner_extra_locks_stopped_going_out", relationship="ex_partner", occasions=9,
    text="""\
I understand what a victim personal statment is and that it can be read out in court.

Me and the defendant were together 6 years. After I ended it he would not leave me alone, he was at the house, at my mums, at the school gates, he rang my work pretending to be my brother to find out what shift I was on. I could never relax anywhere.

What it has done to me is this. I dont go out unless I have to. I used to go to zumba twice a week and I have not been since last March. I had a new back door fitted and bolts on the front and a camera. I got my kids moved to there nans for pick ups so I dont have to be at the school gate. I lost weight, about 2 stone, and my doctor put me on tablets for my nerves. I still jump at every car that slows down on the road. I want him to know he took a whole year off me.""",
    spans=[
        ("UNWANTED", "After I ended it he would not leave me alone"),
        ("STALK_TURN_UP", "he was at the house, at my mums, at the school gates"),
        ("STALK_CONTACT", "he rang my work pretending to be my brother"),
        ("FIXATION", "to find out what shift I was on"),
        ("SERIOUS_IMPACT", "I dont go out unless I have to"),
        ("SERIOUS_IMPACT", "I have not been since last March"),
        ("SERIOUS_IMPACT", "I had a new back door fitted and bolts on the front and a camera"),
        ("SERIOUS_IMPACT", "I got my kids moved to there nans for pick ups"),
        ("SERIOUS_IMPACT", "my doctor put me on tablets for my nerves"),
        ("DISTRESS", "I still jump at every car that slows down"),
    ],
)

case(
    33, "stalking", "CS",
    voice="statement", case="mixed", noise="redacted", batch="c",
    pattern="church_acquaintance_letters_and_doorstep_visits", relationship="acquaintance", occasions=5,
    text="""\
I am [REDACTED], aged 52, and I live at [REDACTED], Hereford. I attend St [REDACTED]'s church and have done for many years. Person A also attends and we served on the flower rota together in 2023.

In about January Person A started writing to me. The first letter was handed to me after the morning service and said God had told him we were to be married. I told him then and there, in front of the vicar, that I did not feel that way and he must not write again. Since then I have had four more letters, posted to my home address, which I never gave him, the last one dated XX/04. They are long and say that I am "testing him" and that he will wait.

He has also come to my door on two Saturday afternoons, with a plant the first time. I did not open the door the second time and he stood on the path for around twenty minutes. He has not threatened me and is polite. I am uneasy and I would like him to be told to stop. I have handed the letters to PC XXXX.""",
    spans=[
        ("STALK_CONTACT", "Person A started writing to me"),
        ("FIXATION", "God had told him we were to be married"),
        ("UNWANTED", "I did not feel that way and he must not write again"),
        ("STALK_CONTACT", "I have had four more letters, posted to my home address, which I never gave him"),
        ("FIXATION", "I am \"testing him\" and that he will wait"),
        ("STALK_TURN_UP", "come to my door on two Saturday afternoons"),
        ("STALK_GIFTS", "with a plant the first time"),
        ("STALK_LOITER", "he stood on the path for around twenty minutes"),
        ("DISTRESS", "I am uneasy"),
    ],
)

case(
    34, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="sister_in_law_three_abusive_voicemails_ten_minutes", relationship="family", occasions=3,
    text="""\
On Thursday night, I'd say between ten past and twenty past ten, my sister-in-law Nicola BAINBRIDGE left three voicemails on my mobile. I was in the bath and didn't hear the phone. I listened to them one after the other when I got out.

The first one she calls me a "lying bitch" and says I've turned her brother against his own family. The second, a couple of minutes later, she says I'm "a gold-digging tart" and everyone at the christening thought so too. The third she is screaming and calls me a slag and says I'll "never be part of this family".

This is about my husband's mum's care home fees, which we have refused to pay towards. She has not been round and has never said she'd hurt me, she just wanted to have a go. It has upset me a lot, I was in tears, and my husband has saved the voicemails. I'm not frightened of her.""",
    spans=[
        ("REPETITION", "left three voicemails on my mobile"),
        ("REPETITION", "a couple of minutes later"),
        ("DISTRESS", "It has upset me a lot, I was in tears"),
    ],
)

case(
    35, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="victim_diary", case="inconsistent", noise="typos", batch="c",
    pattern="victim_diary_landlord_entering_flat_anti_muslim", relationship="landlord", occasions=6,
    text="""\
Diary kept by Farida HASSAN - flat 2, 17 Nelson St - given to PC Griffiths

Sun 3/8 - came back from my cousins at 7pm, someone had been in the flat. My prayer mat was folded up and left on the bin lid outside. Only Mr KERSHAW (landlord) has a key. Rang him, he said "maybe you should take the hint love".
Tues 5/8 - saw him sat in his car outside 6.30am when I left for the nursery. Still there at 4pm when I came back. didnt say anything.
Fri 8/8 - note under door "no burkas no bombs in my property". Kept it in a freezer bag.
Sat 9/8 - texts all day, 11 of them. asking who my visitors were, how long my brother was staying. how does he know my brother is here??
Mon 11/8 - he let himself in again while I was at work, moved my Quran off the shelf onto the floor. I cried all evening. my brother changed the lock tonight, paid £85.
Thurs 14/8 - not went to work, rang in sick. Sleeping at my cousins now, dont want to be in the flat. Looking at other places.""",
    spans=[
        ("STALK_PROPERTY", "someone had been in the flat"),
        ("RELIGIOUS_HOSTILITY", "My prayer mat was folded up and left on the bin lid outside"),
        ("STALK_LOITER", "saw him sat in his car outside 6.30am"),
        ("STALK_LOITER", "Still there at 4pm"),
        ("RELIGIOUS_HOSTILITY", "no burkas no bombs in my property"),
        ("STALK_CONTACT", "texts all day, 11 of them"),
        ("STALK_MONITOR", "asking who my visitors were, how long my brother was staying"),
        ("STALK_PROPERTY", "he let himself in again while I was at work"),
        ("RELIGIOUS_HOSTILITY", "moved my Quran off the shelf onto the floor"),
        ("DISTRESS", "I cried all evening"),
        ("SERIOUS_IMPACT", "my brother changed the lock tonight"),
        ("SERIOUS_IMPACT", "rang in sick"),
        ("SERIOUS_IMPACT", "Sleeping at my cousins now"),
    ],
)

case(
    36, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="abbrev", batch="c",
    pattern="landlord_threats_over_deposit_tenant_afraid", relationship="landlord", occasions=3,
    text="""\
I rented a room at 41 Beechwood Rd from Mr Sunil VARMA (landlord) from Jan last yr until I moved out on 30th Sept. Since I moved out I have been asking for my £650 deposit back. He says I damaged the carpet.

On 4th Oct I went to the property to collect post. Mr VARMA came out and said "ask about that deposit again and I'll knock you out, you understand". He pushed me in the chest. I was really afraid he was going to punch me and I left straight away.

Around 20th Oct he rang me from a withheld number and said he had "lads" who would find me. I thought they were going to come to my new address and beat me up. I stayed at my girlfriend's for a few nights.

On 2nd Nov I got a text, from his usual number, "last chance to drop it or you'll regret it". I have not been back to the property. I still believe he will hurt me if he sees me. I have started a claim through the deposit scheme.""",
    spans=[
        ("THREAT_VIOLENCE", "ask about that deposit again and I'll knock you out"),
        ("FEAR_OF_VIOLENCE", "I was really afraid he was going to punch me"),
        ("THREAT_VIOLENCE", "he had \"lads\" who would find me"),
        ("FEAR_OF_VIOLENCE", "I thought they were going to come to my new address and beat me up"),
        ("THREAT_VIOLENCE", "last chance to drop it or you'll regret it"),
        ("FEAR_OF_VIOLENCE", "I still believe he will hurt me if he sees me"),
    ],
)

case(
    37, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="c",
    pattern="single_religious_slur_street_stranger", relationship="stranger", occasions=1,
    text="""\
Result: 11/01 1615 Soho Rd. IP (Sikh male, 47) - unknown male on pushbike shouted "Bin Laden" and abuse about his turban riding past. IP upset. One-off, SUSP not traced, CCTV neg. Filed.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"Bin Laden\" and abuse about his turban"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    38, "aggravated_harassment", "CR",
    voice="vps", case="mixed", noise="clean", batch="c",
    pattern="vps_takeaway_owner_repeat_customer_racist_calls", relationship="customer", occasions=5,
    text="""\
I have had the victim personal statement explained to me and I understand it may be read in court.

My husband and I have run the Golden Lotus takeaway in Skelmersdale for fifteen years. The defendant phoned us five or six times last winter, usually late on a Friday, pretending to order and then putting on a fake accent and saying things like "me love you long time" and asking if we were serving cat or dog. Twice he came in and said it to my daughter's face, who was serving, and called her a "chinky".

He never threatened us. We did not change anything because we can't, it's our business. But it made me feel small, in my own shop, after all these years. My daughter does not want to work Fridays any more and I don't blame her. I would like him to understand it is not a joke to us.""",
    spans=[
        ("REPETITION", "five or six times last winter"),
        ("RACIAL_HOSTILITY", "putting on a fake accent"),
        ("RACIAL_HOSTILITY", "asking if we were serving cat or dog"),
        ("REPETITION", "Twice he came in"),
        ("RACIAL_HOSTILITY", "called her a \"chinky\""),
        ("DISTRESS", "it made me feel small, in my own shop"),
    ],
)

case(
    39, "stalking", "CS",
    voice="statement", case="mixed", noise="redacted", batch="c",
    pattern="ex_partner_new_numbers_and_presents_after_break_up", relationship="ex_partner", occasions=7,
    text="""\
I was in a relationship with [REDACTED] for just under two years and we lived together at [REDACTED] until he moved out in August. It was a mutual decision in the end but he keeps saying it was a mistake.

Since he moved out he has phoned me from at least five different numbers, because each time I block one another one starts. The numbers end in 4471, 0093, XXXX and two I did not write down. He also sends things through Deliveroo, a box of cupcakes with "we're not finished" iced on them, a candle, a teddy. I messaged his sister [REDACTED] and asked her to tell him to stop, and she said she had. Two days later there was a bunch of lilies on my car windscreen at work.

He has never been violent and I am not frightened of him. I feel like I cannot move on while he keeps doing this.""",
    spans=[
        ("FIXATION", "he keeps saying it was a mistake"),
        ("STALK_CONTACT", "he has phoned me from at least five different numbers"),
        ("UNWANTED", "each time I block one another one starts"),
        ("STALK_GIFTS", "sends things through Deliveroo"),
        ("FIXATION", "\"we're not finished\""),
        ("UNWANTED", "asked her to tell him to stop"),
        ("STALK_GIFTS", "a bunch of lilies on my car windscreen at work"),
    ],
)

case(
    40, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="typos", batch="c",
    pattern="warehouse_colleague_threats_anti_somali", relationship="colleague", occasions=3,
    text="""\
I work nights as a picker at the Amazon warehouse near Daventry. I was born in Mogadishu and came here when I was nine. There is a man on my shift, Jordan HALL, forklift driver.

Week of 6th Jan he drove the forklift right at me and stopped just before and said "move, you skinny Somali pirate, next time I wont brake". I jumped out of the way. I was so scared I thought he would really run me over and I told my team leader.

Then about 2 weeks later in the smoking shelter he said "your lot should be in a dinghy going the other way" and he said he would "sort me out in the car park". I didnt go to my car on my own after that shift, I waited for my friend Abdi. I thought he was going to attack me.

Last week he walked past me and said "car park, remember". I am scared of him and I feel he will hurt me, I keep looking for him all shift.""",
    spans=[
        ("RACIAL_HOSTILITY", "you skinny Somali pirate"),
        ("THREAT_VIOLENCE", "next time I wont brake"),
        ("FEAR_OF_VIOLENCE", "I thought he would really run me over"),
        ("RACIAL_HOSTILITY", "your lot should be in a dinghy going the other way"),
        ("THREAT_VIOLENCE", "he would \"sort me out in the car park\""),
        ("FEAR_OF_VIOLENCE", "I thought he was going to attack me"),
        ("THREAT_VIOLENCE", "\"car park, remember\""),
        ("FEAR_OF_VIOLENCE", "I feel he will hurt me"),
    ],
)

case(
    41, "stalking_fear_alarm_distress", "CSFD",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="ex_partner_follows_and_threatens_victim_moves", relationship="ex_partner", occasions=5,
    text="""\
Liam CORCORAN is my ex-boyfriend, we were together about eighteen months and I ended it at the end of May because of his drinking.

About two weeks later I was walking back from the Tesco Express and I realised his car was crawling along behind me. He pulled up and said "if I can't have you no one will, I'll put you in the ground". I thought he was going to get out and hurt me there on the pavement. I ran into a neighbour's house.

In July he followed me from the station to my mum's, a couple of cars back the whole way. Another night he was outside the pub where I was with friends and he texted me "I can see you, red top, I'll be waiting". I truly believed he would hurt me that night, and my friend's dad drove me home.

I have since moved to my aunt's in Burnley and changed my number. I've stopped going to that pub, and I've changed to working from home.""",
    spans=[
        ("UNWANTED", "I ended it at the end of May"),
        ("STALK_FOLLOW", "his car was crawling along behind me"),
        ("FIXATION", "if I can't have you no one will"),
        ("THREAT_VIOLENCE", "I'll put you in the ground"),
        ("FEAR_OF_VIOLENCE", "I thought he was going to get out and hurt me there on the pavement"),
        ("STALK_FOLLOW", "he followed me from the station to my mum's"),
        ("STALK_LOITER", "he was outside the pub where I was with friends"),
        ("STALK_WATCH", "I can see you, red top"),
        ("FEAR_OF_VIOLENCE", "I truly believed he would hurt me that night"),
        ("SERIOUS_IMPACT", "I have since moved to my aunt's in Burnley and changed my number"),
        ("SERIOUS_IMPACT", "I've stopped going to that pub"),
        ("SERIOUS_IMPACT", "I've changed to working from home"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="c",
    pattern="stranger_photographs_nurse_posts_racist_captions", relationship="stranger", occasions=5,
    text="""\
IP Adaeze NWOSU (29), staff nurse at Royal Derby, Nigerian national. Since early Sept an unknown male (IC1, 30-40, beanie hat, dark parka) has been seen on at least 4 occasions on the footpath between the hospital and the staff car park at shift change (0730 and 1930). IP has seen him take photos of her on his phone. On 22/09 a colleague showed IP an X account "@DerbyTruthWatch" which had posted 3 photos of IP in uniform walking to her car with captions incl "another one imported to take our jobs" and "NHS = Nigerian Health Service". Later post shows IP's car with the VRM visible.

IP states she is "creeped out" and has reported to hospital security, who have agreed to walk her to the car. No direct contact or threats from SUSP. Still working usual shifts.

Enq: X data request submitted. Hospital CCTV requested (ref HS/3312). SUSP not ID'd.""",
    spans=[
        ("STALK_LOITER", "has been seen on at least 4 occasions on the footpath between the hospital and the staff car park"),
        ("STALK_WATCH", "IP has seen him take photos of her on his phone"),
        ("STALK_PUBLISH", "had posted 3 photos of IP in uniform walking to her car"),
        ("RACIAL_HOSTILITY", "another one imported to take our jobs"),
        ("RACIAL_HOSTILITY", "NHS = Nigerian Health Service"),
        ("STALK_PUBLISH", "Later post shows IP's car with the VRM visible"),
        ("DISTRESS", "\"creeped out\""),
    ],
)

case(
    43, "harassment_fear_of_violence", "CF",
    voice="updates", case="inconsistent", noise="heavy", batch="c",
    pattern="updates_car_sale_dispute_threats_victim_afraid", relationship="acquaintance", occasions=3,
    text="""\
02/05 1410 - IP Ben FAIRCLOUGH reports sold a Golf to a lad he knows from 5 a side, Kieran NWANKWO, in march for £2,200. Car failed MOT, SUSP wants refund. 28/04 SUSP came to IP's work (tyre place on Oldham rd) and said "giv me my money or ill stab u". IP states he was "bricking it" thought SUSP wud do it there and then, colleague Faz witnessed.
03/05 0930 statement arranged for 06/05.
05/05 2250 - IP rang 101. SUSP left VM approx 2200 "u think police scare me, im coming for u this weekend". IP v scared, states he beleives SUSP will come to his house and hurt him, has put car across his drive.
06/05 - MG11 obtained from IP. VM exhibited BF/1. IP says not bothered about the money any more "just want him to leave me alone".
07/05 PNC SUSP - prev for ABH 2019. OIC to arrest, flagged for circulation. Address Marker placed on IP's addr.""",
    spans=[
        ("THREAT_VIOLENCE", "giv me my money or ill stab u"),
        ("FEAR_OF_VIOLENCE", "thought SUSP wud do it there and then"),
        ("THREAT_VIOLENCE", "im coming for u this weekend"),
        ("FEAR_OF_VIOLENCE", "states he beleives SUSP will come to his house and hurt him"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="statement", case="mixed", noise="clean", batch="c",
    pattern="dating_app_rejection_anti_indian_hindu_abuse_victim_moved", relationship="online", occasions=8,
    text="""\
I am the above named person. I am 31 and I work as an actuary in Leeds city centre. My parents are from Gujarat and we are Hindu. I make this statement about a man I know as Stephen, who I now believe to be Stephen YARDLEY, aged about 40.

We matched on Hinge in late February and exchanged messages for about a week. We met once for a drink at a bar on Call Lane. He made a couple of comments I did not like, asking whether my parents would "arrange" someone for me. I decided not to see him again and sent him a message saying thank you but I didn't think there was a spark. I then unmatched him.

Within a day he had found me on LinkedIn and sent me a message saying he "wasn't done" and that I owed him an explanation. I did not reply. In March I started getting messages on Instagram from accounts with no photos, one of them said "you people think you're too good for us, go back to your cow worship". Another said "curry munching tease". I blocked each one but they kept coming, I counted fourteen accounts by the middle of April.

On a Tuesday in April, I think the 15th, he was standing at the bottom of the steps of my office building when I came out at lunch. He said "you didn't think I'd let you just disappear did you". I went back inside and security walked me to a taxi later on. Two weeks after that my neighbour told me a man matching his description had been asking which flat was mine.

Since then I have moved out of my flat in Chapel Allerton and I am staying with my brother in Harrogate. My employer has let me work from home three days a week and I go in at different times on the other two. I have deleted all my dating apps and made my social media private. I have seen my GP about not sleeping. He has never said he will hurt me, but I do not feel like my life is my own.""",
    spans=[
        ("UNWANTED", "I then unmatched him"),
        ("STALK_CONTACT", "he had found me on LinkedIn and sent me a message"),
        ("FIXATION", "he \"wasn't done\" and that I owed him an explanation"),
        ("STALK_CONTACT", "messages on Instagram from accounts with no photos"),
        ("RELIGIOUS_HOSTILITY", "go back to your cow worship"),
        ("RACIAL_HOSTILITY", "curry munching tease"),
        ("UNWANTED", "I blocked each one but they kept coming"),
        ("REPETITION", "I counted fourteen accounts by the middle of April"),
        ("STALK_TURN_UP", "he was standing at the bottom of the steps of my office building"),
        ("FIXATION", "you didn't think I'd let you just disappear did you"),
        ("STALK_MONITOR", "a man matching his description had been asking which flat was mine"),
        ("SERIOUS_IMPACT", "I have moved out of my flat in Chapel Allerton"),
        ("SERIOUS_IMPACT", "My employer has let me work from home three days a week"),
        ("SERIOUS_IMPACT", "I have deleted all my dating apps and made my social media private"),
        ("SERIOUS_IMPACT", "I have seen my GP about not sleeping"),
    ],
)
