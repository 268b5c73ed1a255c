"""Banks for the pattern, severity and aggravation markers that become evidence spans.

FIXATION, UNWANTED, REPETITION, ESCALATION, THREAT_VIOLENCE (to the victim and to a
relative), FEAR_OF_VIOLENCE, SERIOUS_IMPACT, DISTRESS, RACIAL_HOSTILITY and
RELIGIOUS_HOSTILITY, plus the pasted-message quotes that carry threats, pleading or
hostility in the sender's own words.
"""

from __future__ import annotations

FIXATION = [
    "{S} <tell> {Vobj} they [are|were] meant to be together [forever|whatever happened|no matter what]",
    "{S} <say> {Spr} {will} never let {Vobj} go [whatever {Vsubj} did|as long as {Spr} lived]",
    "{S} <refuse> to accept that [it|the relationship|things between them] [is|was] over",
    "{S} <know> {Vposs} [shift pattern|daily routine|timetable|gym times] [off by heart|in detail|down to the minute]",
    "{S} <insist> that {Vposs} [new relationship|new partner|new life] {will} not last",
    "{S} <describe> {Vobj} as '[the love of my life|my soulmate|my future wife|the one]'",
    "{S} <keep> calling {Vobj} '[my girl|my wife|babe|my princess]' [even after being told to stop|in every message]",
    "{S} <write> that {Spr} [can't|couldn't] stop thinking about {Vobj} [day or night|for a second]",
    "{S} <claim> to have [a right|every right] to [see|be with|speak to] {Vobj}",
    "{S} <become> [obsessed with|besotted with] {Vobj} after [one date|a single meeting|they met at work|one conversation]",
    "{S} <turn> every conversation back to [getting back together|them being a couple]",
    "{S} <keep> a [scrapbook|folder on {Spossp} phone|wall] of photos of {Vobj}",
    "{S} <tell> {Vposs} [friends|family|colleagues] {Spr} {will} wait for {Vobj} [forever|however long it takes]",
    "{S} <say> no one else {will} ever have {Vobj}",
    "{S} <get> a tattoo of {Vposs} [name|initials|face]",
    "{S} <talk> about marrying {Vobj} [though they had only met twice|after a couple of dates|from the first week]",
    "{S} <say> {Spr} {can} not [live|go on|breathe] without {Vobj}",
    "{S} <quote> details of {Vposs} [day|week|evening] back to {Vobj} [to show {Spr} was always watching|as if {Spr} had been there]",
    "{S} <send> [a countdown to their anniversary|messages about the life they would have together|plans for their wedding]",
    "{S} <say> {Vsubj} {will} always be {Spossp} [and nobody else's|whatever the court says]",
]

UNWANTED = [
    "{Vsubj} <block:v> {Sposs} number [on everything|on all platforms|straight away|more than once]",
    "{Vsubj} <tell:v> {Sobjp} [clearly|more than once|in writing|face to face] to leave {Vobj} alone",
    "{Vsubj} <ask:v> {Sobjp} [to stop contacting {Vobj}|to stop messaging|to stay away]",
    "{Vsubj} <make:v> it [clear|very clear|plain] that the relationship was over",
    "{Vsubj} <say:v> no to meeting {Sobjp} [several times|repeatedly|every time]",
    "{Vsubj} <report:v> {Sobjp} to [the manager|HR|the site manager] and <ask:v> for {Sobjp} to [stay away|be moved]",
    "{Vsubj} <ignore:v> all {Sposs} [messages|calls] and <block:v> {Sobjp} on {platform}",
    "{Vsubj} <return:v> {Sposs} [gifts|letters|cards] and <ask:v> {Sobjp} to stop",
    "{Vsubj} <send:v> {Sobjp} one message saying '[leave me alone|stop contacting me|we are done]'",
    "{Vsubj} <refuse:v> to see {Sobjp} [and <tell:v> {Sobjp} so|each time {Spr} asked]",
    "{Vsubj} <unfriend:v> {Sobjp} and <block:v> {Sobjp} [everywhere|on all socials|on every app]",
    "{Vposs} [dad|brother|manager|friend] <tell> {Sobjp} to stay away from {Vobj}",
    "{Vsubj} <change:v> {Vposs} number [to stop the contact|but {Spr} found the new one]",
    "{Vsubj} <tell:v> {Sobjp} [face to face|by text|through a solicitor] that {Vsubj} wanted nothing more to do with {Sobjp}",
    "{Vsubj} <put:v> in [writing|an email] that all contact should stop",
    "{Vsubj} <mute:v> and <block:v> {Sposs} [accounts|numbers] [one after another|as fast as they appeared]",
    "{Vsubj} <decline:v> {Sposs} [invitations|requests to meet|friend requests] [every time|repeatedly|politely at first]",
    "{Vsubj} <ask:v> {Sposs} [mum|sister|friends] to tell {Sobjp} to [back off|stop|leave {Vobj} be]",
    "{Vsubj} <remove:v> {Sobjp} from [every group chat|{Vposs} contacts|{Vposs} followers] and <tell:v> {Sobjp} why",
    "{Vsubj} <reply:v> [once|just once] telling {Sobjp} [to stop|not to contact {Vobj} again|it was over]",
    "{Vsubj} <report:v> {Sposs} accounts to {platform} [and <block:v> them|more than once]",
    "{Vsubj} <warn:v> {Sobjp} [that {Vsubj} would go to the police|to stop or {Vsubj} would report it]",
]

# {nocc} is the plan's own count of occasions, in digits or words; {ordinal} matches it.
# REPEAT_ONE marks one occasion as another in a series; REPEAT_MANY sums several up.
REPEAT_ONE = [
    "again",
    "for the {ordinal} time",
    "once more",
    "yet again",
    "again, the {ordinal} time [this week|this month|since {month}]",
    "once again",
    "[again|for the {ordinal} time] despite being told to stop",
    "{ordinal} time this wk",
    "as before",
    "like the previous time",
    "for the {ordinal} time in a fortnight",
    "[all over again|again that week]",
]
REPEAT_MANY = [
    "on {nocc} occasions [since {month}|in the last {nword} weeks|now]",
    "[daily|every day] [for the past {nword} weeks|since {month}]",
    "x{ndig}",
    "repeatedly over the past {nword} months",
    "[most nights|most days] since {month}",
    "{nocc} times [now|in total|so far]",
    "time and again",
    "on at least {nocc} separate [occasions|dates]",
    "every [weekend|few days] for {nword} weeks",
    "on and off since {month}",
    "more than once [this week|this month]",
    "{nocc} or more times [since the split|since {month}]",
    "several times a week since {month}",
    "each week since {month}",
    "over and over since {month}",
    "on {nocc} different days",
]

ESCALATION = [
    "it started with [texts|messages|calls] and has got worse since",
    "the contact [is|has been] getting more [frequent|intrusive|aggressive]",
    "things have escalated over the last {nword} [weeks|months]",
    "it has gone from [texts|messages online|calls] to {Spr} coming to the [door|house|workplace]",
    "the behaviour is getting [worse|more frightening|more frequent]",
    "{Spr} has started turning up in person as well as [messaging|calling]",
    "the messages have become more [aggressive|sexual|menacing] over time",
    "it was the odd [message|call] at first but now it is [constant|daily]",
    "each [week|time] it seems to go a step further",
    "what began as [calls|comments|messages] has become [visits|following|turning up]",
    "it has ramped up [since {month}|in the last fortnight|recently]",
    "the frequency has increased [sharply|a lot] in the last [fortnight|month]",
    "[lately|recently|this month] {Spr} has gone [further|from bad to worse]",
    "the [visits|messages|calls] are [more frequent|closer together|more threatening] than at the start",
    "it [was|is] [getting out of hand|escalating|spiralling]",
    "{Spr} has moved on from [messages|comments|calls] to [turning up|following {Vobj}|waiting outside]",
]

THREAT_VICTIM = [
    "{S} <threaten> to [kill|stab|batter|glass|hurt|do] {Vobj}",
    "{S} <say> {Spr} {will} [break {Vposs} legs|smash {Vposs} face in|slit {Vposs} throat|put {Vobj} in hospital]",
    "{S} <tell> {Vobj} {Spr} {will} [end {Vobj}|finish {Vobj} off|make {Vobj} disappear]",
    "{S} <warn> {Vobj} that {Spr} {will} [come round and hurt {Vobj}|get {Vobj} on {Vposs} own]",
    "{S} <threaten> {Vobj} with {weapon}",
    "{S} <wave> {weapon} at {Vobj} and <say> {Spr} {will} use it on {Vobj}",
    "{S} <draw> a finger across {Spossp} throat while staring at {Vobj}",
    "{S} <shout> '[you're dead|ur dead|you're getting it]' at {Vobj}",
    "{S} <send> {Vobj} a picture of {weapon} with the words 'this is for you'",
    "{S} <tell> {Vobj} to watch {Vposs} back because {Spr} {will} hurt {Vobj}",
    "{S} <threaten> to [throw acid in {Vposs} face|run {Vobj} over|set fire to the house with {Vobj} in it]",
    "{S} <say> {Spr} {will} [batter|stab|kill] {Vobj} the next time {Spr} [saw|sees] {Vobj}",
    "{S} <say> {Vsubj} {will} 'get what's coming' and that {Spr} knew where {Vsubj} lived",
    "{S} <threaten> to [knock {Vobj} out|punch {Vposs} teeth in|strangle {Vobj}]",
    "{S} <tell> {Vobj} {Spr} {will} be waiting with {weapon}",
    "{S} <make> a gun gesture at {Vobj} and <mouth> 'bang'",
    "{S} <say> {Spr} [had|has] nothing to lose and {will} kill {Vobj}",
    "{S} <vow> to [hurt|beat|cut] {Vobj} [when {Spr} got out|one day soon]",
    "{S} <threaten> to [burn {Vobj} out|firebomb {Vposs} flat]",
    "{S} <message> that {Spr} {will} [cut|stab] {Vobj} [in front of {Vposs} kids|at {Vposs} work]",
]

THREAT_RELATIVE = [
    "{S} <threaten> to [hurt|batter|stab|do] {relative}",
    "{S} <say> {Spr} {will} [kill|sort out|put in hospital] {relative}",
    "{S} <tell> {Vobj} {Spr} {will} [smash up|glass|break the legs of] {relative}",
    "{S} <warn> that {relative} {will} 'get it' [next time|if {Spr} sees him]",
    "{S} <message> that {Spr} [was|is] going to [find|hurt|deal with] {relative}",
    "{S} <threaten> to [torch the car of|go round and batter] {relative}",
    "{S} <say> {relative} [was|is] 'a dead man'",
    "{S} <shout> that {Spr} {will} [stab|knock out] {relative}",
    "{S} <post> that {relative} {will} be [hurt|done in] [soon|when he least expects it]",
    "{S} <tell> friends {Spr} {will} [beat up|cut] {relative}",
]

# pasted into logs and statements in the sender's own words (textspeak applied later)
THREAT_QUOTES = [
    "I will kill you", "you're dead when I see you", "I'll cut your face", "watch your back I'm coming for you",
    "I know where you live and I'm coming round", "I'll burn your house down with you in it",
    "you won't see Christmas", "I'll put you in the ground", "next time I see you I'll batter you",
    "I'm going to stab you", "I'll smash your head in", "you're going to get hurt", "I'll break your legs",
    "say goodbye to your face", "you'll end up in hospital", "one night you'll get what's coming",
    "I'll be waiting for you after work and you'll regret it", "I'll strangle you", "count your days",
    "I'll make sure you can't walk",
]

FIXATION_QUOTES = [
    "we're meant to be together", "I can't live without you", "you'll always be mine", "I'm not giving up on us",
    "nobody will ever love you like I do", "I'll wait for you forever", "I know you still love me",
    "you're my whole world and you know it", "I'll never stop trying to get you back",
    "we belong together whatever you say", "I think about you every second", "you're the only one for me",
    "I won't let anyone else have you", "one day you'll see we're meant to be", "I'm still your husband in my eyes",
    "I'll do anything just give me one chance",
]

ABUSE_QUOTES = [
    "why are you ignoring me", "answer your phone", "you're a liar", "you're pathetic", "pick up",
    "stop being childish", "you're a joke", "everyone knows what you are", "you owe me", "ring me back now",
    "you think you're better than everyone", "you're nothing", "you'll regret ignoring me", "don't mug me off",
    "who do you think you are", "I'm not going away", "you can't hide forever", "talk to me", "sort it out",
    "grow up and reply",
]

FEAR = [
    "{Vsubj} <be:v> terrified {Spr} {will} [hurt|attack|stab|kill] {Vobj}",
    "{Vsubj} <believe:v> {Spr} {will} [carry out|act on] {Spossp} threats",
    "{Vsubj} <fear:v> {Spr} {will} [turn up and attack {Vobj}|seriously hurt {Vobj}|do something to {Vobj}]",
    "{Vsubj} <be:v> [scared|frightened|petrified] for {Vposs} [life|safety]",
    "{Vsubj} <think:v> {Spr} {will} [kill|hurt|attack] {Vobj} [one day|soon|before long]",
    "{Vsubj} <be:v> in [genuine|real] fear that {Spr} {will} use violence against {Vobj}",
    "{Vsubj} <be:v> convinced {Spr} {will} [hurt|attack] {Vobj} [when {Spr} gets the chance|if {Spr} finds {Vobj} alone]",
    "{Vsubj} <feel:v> sure {Spr} {will} [come for|go for] {Vobj}",
    "{Vsubj} <be:v> scared {Spr} {will} [batter|stab|strangle] {Vobj}",
    "{Vsubj} <worry:v> every [night|day] that {Spr} {will} [break in|get in] and hurt {Vobj}",
    "{Vsubj} <take:v> the threats seriously and <fear:v> for {Vposs} [safety|life]",
    "{Vsubj} <be:v> frightened that {Spr} {will} [follow through|do what {Spr} said]",
    "{Vsubj} <expect:v> {Sobjp} to [attack|hurt] {Vobj} [at some point|sooner or later]",
    "{Vsubj} <be:v> afraid {Spr} {will} [kill|hurt] {Vobj} [this time|if nothing is done]",
    "{Vsubj} <lie:v> awake [thinking|convinced] {Spr} {will} [come and hurt|attack] {Vobj}",
    "{Vsubj} <believe:v> [the next time|one night] {Spr} {will} [really hurt|kill|seriously injure] {Vobj}",
    "{Vsubj} <be:v> [genuinely|truly|really] frightened {Spr} {will} [attack|hurt|stab] {Vobj} [in the street|at home|on {Vposs} way to work]",
    "{Vsubj} <keep:v> [a knife block hidden|a rape alarm on {Vposs} keys|the 999 app open] because {Vsubj} <think:v> {Spr} {will} attack {Vobj}",
    "{Vsubj} <say:v> {Vsubj} <be:v> [in fear of {Vposs} life|afraid for {Vposs} life|scared for {Vposs} life]",
    "{Vsubj} <feel:v> certain {Spr} {will} [use violence|get physical|hurt {Vobj}] [next time|before long]",
    "{Vsubj} <dread:v> [going out|being alone|the nights] because {Spr} {will} [hurt|attack|find] {Vobj}",
    "{Vsubj} <be:v> [sure|certain|positive] {Spr} {will} [stab|hurt|batter] {Vobj} [if {Spr} gets near|given the chance|one day]",
    "{Vsubj} <think:v> {Spr} {will} [come round|turn up|find {Vobj}] and [hurt|attack|kill] {Vobj}",
    "{Vsubj} <fear:v> for {Vposs} [life|safety] [every time {Spr} appears|whenever {Vsubj} goes out|day and night]",
]

SERIOUS_IMPACT = [
    "{Vsubj} <move:v> out of {Vposs} [flat|house] [and in with {Vposs} parents|to stay with {Vposs} sister|to get away from {Sobjp}]",
    "{Vsubj} <change:v> {Vposs} route to work [completely|and <leave:v> at different times]",
    "{Vsubj} <give:v> up {Vposs} job [at the salon|at the shop|in town] [because of it|as {Sobjp} kept turning up]",
    "{Vsubj} <be:v> signed off sick with [anxiety|stress|depression] [for {nword} weeks|since {month}]",
    "{Vsubj} <stop:v> going to {place} [altogether|because of {Sobjp}]",
    "{Vsubj} <change:v> {Vposs} shifts to avoid [leaving in the dark|being on the same rota]",
    "{Vsubj} <install:v> [extra locks|CCTV|a doorbell camera] and <stop:v> going out alone",
    "{Vsubj} <arrange:v> for {Vposs} [mum|sister|friend] to collect the children from school",
    "{Vsubj} <take:v> [two weeks|a month|{nword} weeks] off work [with anxiety|because of the stress]",
    "{Vsubj} <move:v> {Vposs} children to a different school",
    "{Vsubj} <ask:v> for a transfer to another branch [to get away|because {Spr} knew where {Vsubj} worked]",
    "{Vsubj} <delete:v> all {Vposs} social media and <change:v> {Vposs} number",
    "{Vsubj} <start:v> [taking a taxi|getting a lift] to work instead of walking",
    "{Vsubj} <be:v> sleeping at {Vposs} [mum's|friend's|sister's] most nights",
    "{Vsubj} <quit:v> {Vposs} [course at college|night class|football team]",
    "{Vsubj} <cut:v> {Vposs} hours at work [and <lose:v> income as a result|to avoid {Sobjp}]",
    "{Vsubj} <stop:v> [socialising|going to the gym|seeing friends] and <stay:v> in most evenings",
    "{Vsubj} <sell:v> {Vposs} car because {Spr} knew it",
    "{Vsubj} <put:v> {Vposs} house up for sale [to move away|because {Vsubj} {can} no longer live there]",
    "{Vsubj} <begin:v> working from home [full time|permanently] to avoid being seen",
]

DISTRESS = [
    "{Vsubj} <be:v> [upset|shaken|distressed|in tears] [by it|about it|at the time]",
    "{Vsubj} <feel:v> [anxious|on edge|intimidated] [at home|all the time|when the phone goes]",
    "the [messages|calls|comments] <leave> {Vobj} [shaken|upset|anxious]",
    "{Vsubj} <be:v> [struggling to sleep|not sleeping well|having nightmares]",
    "{Vsubj} <be:v> [fed up|worn down|stressed] by [it|the whole thing]",
    "{Vsubj} <find:v> it [distressing|upsetting|really stressful]",
    "{Vsubj} <cry:v> [on the phone|while giving {Vposs} account|when talking about it]",
    "{Vsubj} <feel:v> [embarrassed|humiliated|uncomfortable] at work because of it",
    "it <make> {Vobj} [nervous|jumpy|uneasy]",
    "{Vsubj} <be:v> [visibly upset|tearful|agitated] when officers attended",
    "{Vsubj} <feel:v> [sick|panicky|tense] whenever {Vposs} phone buzzes",
    "{Vsubj} <be:v> [alarmed|unsettled|rattled] by it",
    "{Vsubj} <be:v> [really|very|quite] [upset|worried|stressed] [by the messages|about the calls|by all of it]",
    "{Vsubj} <feel:v> [drained|exhausted|low] [by it all|because of it|since it started]",
    "it <upset> {Vobj} [a lot|badly|more than {Vsubj} expected]",
    "{Vsubj} <get:v> [anxious|nervous|flustered] [going out|answering the door|checking {Vposs} phone]",
    "{Vsubj} <be:v> [shaking|close to tears|very emotional] [on the call|when spoken to|at the front counter]",
    "the [whole thing|situation|contact] <make> {Vobj} [anxious|uncomfortable|miserable]",
]

RACIAL = [
    "{S} <call> {Vobj} a '[P**i|p*ki b*tch|monkey|dirty foreigner|coconut|f***ing immigrant]'",
    "{S} <tell> {Vobj} to go back to {Vposs} own country [and <spit> on the ground|in front of {Vposs} kids|]",
    "{S} <shout> that '[you lot|your kind|people like you]' [don't belong here|should be deported|are ruining the street]",
    "{S} <mock> {Vposs} accent and <call> {Vobj} a [foreigner|'f***ing Pole'|'Romanian scum']",
    "{S} <make> monkey noises at {Vobj} [in the street|in front of {Vposs} children|from {Spossp} window]",
    "{S} <say> {Spr} did not want '[black|Asian|Polish|foreign] people' [living on the street|in the building|at work]",
    "{S} <use> the n-word towards {Vobj} [more than once|in front of witnesses|]",
    "{S} <write> '[go home|foreigners out|no blacks]' on {Vposs} [door|car|fence]",
    "{S} <call> {Vposs} children '[half-castes|little immigrants|little P**is]'",
    "{S} <say> {Vsubj} [should|ought to] 'go back on the [boat|plane]'",
    "{S} <refer> to {Vobj} as '[the Paki|the African|the gypsy|that foreign cow]'",
    "{S} <tell> {Vobj} that '[your sort|people of your colour]' [were|are] not welcome [here|on this estate]",
    "{S} <sneer> that {Vsubj} was only here for [benefits|a council house] because {Vsubj} was [Polish|Nigerian|Romanian|Somali]",
    "{S} <shout> racist abuse about {Vposs} [skin colour|nationality|heritage]",
    "{S} <leave> a note calling {Vobj} a '[w*g|ch*nk|n****r]'",
    "{S} <say> {Spr} {will} 'clean the [street|estate|block] of your kind'",
    "{S} <chant> '[go home|send them back|foreigners out]' [outside {Vposs} house|as {Vsubj} walked past|at {Vobj}]",
    "{S} <call> {Vobj} a '[filthy|stinking|dirty] [immigrant|foreigner|Paki]' [in the street|at the school gates|in the shop]",
    "{S} <post> [racist|racially abusive] comments about {Vposs} [family|skin colour|background] on {platform}",
    "{S} <tell> {Vobj} '[your lot|you people|immigrants like you]' [should go home|aren't wanted|take our jobs]",
]

RELIGIOUS = [
    "{S} <call> {Vobj} a '[terrorist|bomber]' and <pull> at {Vposs} headscarf",
    "{S} <shout> '[Muslims|Jews|Sikhs] [aren't welcome here|out|go home]' at {Vobj}",
    "{S} <draw> a swastika on {Vposs} [door|car|gate]",
    "{S} <mock> {Vposs} turban and <call> {Vobj} a '[rag head|towel head]'",
    "{S} <call> {Vobj} a '[bomber|jihadi|Taliban]' [in front of {Vposs} kids|in the street|at work]",
    "{S} <shout> [anti-Muslim|anti-Jewish|anti-Sikh] abuse at {Vobj}",
    "{S} <leave> [bacon|a pig's head|pork scratchings] on {Vposs} doorstep",
    "{S} <call> {Vobj} a '[Christ killer|dirty Jew|Yid]'",
    "{S} <rip> up {Vposs} [Qur'an|prayer book|Bible] and <throw> it [in the bin|in the road]",
    "{S} <say> {Vposs} religion was '[filth|a disease|evil]'",
    "{S} <write> '[Jews out|no mosques here|Islam out]' on {Vposs} [car|door]",
    "{S} <sneer> about {Vsubj} praying and <call> it '[devil worship|brainwashing]'",
    "{S} <tell> {Vobj} to 'take that thing off {Vposs} head' and <call> {Vobj} a [terrorist|fanatic]",
    "{S} <shout> antisemitic abuse at {Vobj} [about {Vposs} kippah|outside the synagogue|in the street]",
    "{S} <mock> {Vobj} for [fasting|going to the mosque|wearing a cross] and <call> {Vobj} a '[fanatic|heretic]'",
    "{S} <tell> {Vobj} that '[Sikhs|Hindus|Muslims|Jews]' [were|are] '[vermin|scum]'",
    "{S} <call> {Vobj} a '[Muslim|Jewish|Sikh] [scumbag|pig|terrorist]'",
    "{S} <tear> at {Vposs} [hijab|kippah|turban] and <shout> abuse about {Vposs} [faith|religion]",
    "{S} <post> [anti-Muslim|antisemitic|anti-Sikh] [abuse|comments] about {Vobj} on {platform}",
    "{S} <tell> {Vobj} '[your religion|your faith|your god]' [is a joke|is evil|has no place here]",
]

RACIAL_QUOTES = [
    "go back to your own country", "no one wants your sort here", "f***ing immigrant", "dirty foreigner",
    "your lot are ruining this street", "go home p**i", "you don't belong here with your kind",
    "back on the boat where you came from", "stinking foreigner", "people like you should be deported",
]
RELIGIOUS_QUOTES = [
    "take that rag off your head terrorist", "no mosques on our street", "your religion is a disease",
    "Jews out", "dirty Muslim", "go pray to your fake god somewhere else", "you people bomb everyone",
    "Christ killer", "rag head", "no Sikhs wanted here",
]

# hostility on strands that do NOT make the offence aggravated (CDA s.28 covers race and
# religion only): never spans
OTHER_HATE = {
    "homophobic": [
        "{S} <call> {Vobj} a 'f****t'",
        "{S} <make> [crude|vile] comments about {Vposs} sexuality",
        "{S} <mock> {Vobj} for being gay",
        "{S} <shout> '[lesbo|dyke|bender]' at {Vobj}",
        "{S} <sneer> about {Vposs} partner being the same sex",
        "{S} <say> '[gays|people like you]' [should be locked up|make {Sobjp} sick]",
        "{S} <make> homophobic remarks about {Vobj} [to the neighbours|in the group chat]",
        "{S} <call> {Vobj} a '[queer|poof]'",
    ],
    "disability": [
        "{S} <mock> {Vposs} wheelchair",
        "{S} <call> {Vobj} a 'r****d'",
        "{S} <imitate> {Vposs} stammer",
        "{S} <make> fun of {Vposs} hearing aids",
        "{S} <call> {Vobj} a 'cripple'",
        "{S} <mimic> the way {Vsubj} {Vwalks} with a stick",
        "{S} <say> {Vsubj} should be 'put in a home'",
        "{S} <make> jokes about {Vposs} learning disability",
    ],
    "transgender": [
        "{S} <call> {Vobj} 'it'",
        "{S} <misgender> {Vobj} on purpose and <laugh>",
        "{S} <mock> {Vobj} for being trans",
        "{S} <use> {Vposs} old name [deliberately|to wind {Vobj} up]",
        "{S} <say> {Vsubj} was '[a bloke in a dress|a freak]'",
        "{S} <make> transphobic comments [in front of {Vposs} colleagues|on {platform}]",
    ],
}
