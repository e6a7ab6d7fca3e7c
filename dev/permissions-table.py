import re,json
lines=open('/tmp/fw.txt').read().split('\n')
perms=[];cur=None
for l in lines:
    m=re.match(r'\s*E: (\S+)',l)
    if m:
        if cur: perms.append(cur)
        cur={} if m.group(1)=='permission' else None
        continue
    if cur is None: continue
    m=re.search(r'android:name\(0x01010003\)="([^"]+)"',l)
    if m: cur['name']=m.group(1)
    m=re.search(r'android:protectionLevel\(0x01010009\)=\(type 0x11\)0x([0-9a-f]+)',l)
    if m: cur['level']=int(m.group(1),16)
    m=re.search(r'android:permissionGroup\(0x0101000a\)="([^"]+)"',l)
    if m: cur['group']=m.group(1)
if cur: perms.append(cur)
BASE={0:'normal',1:'dangerous',2:'signature',3:'signatureOrSystem'}
FLAGS=[(0x10,'privileged'),(0x20,'development'),(0x40,'appop'),(0x80,'pre23'),(0x100,'installer'),(0x200,'verifier'),(0x400,'preinstalled'),(0x800,'setup'),(0x1000,'instant'),(0x2000,'runtime'),(0x4000,'oem'),(0x8000,'vendorPrivileged'),(0x10000,'textClassifier'),(0x20000,'wellbeing'),(0x40000,'documenter'),(0x80000,'configurator'),(0x100000,'incidentReportApprover'),(0x200000,'appPredictor'),(0x1000000,'companion'),(0x2000000,'retailDemo')]
def level(v):
    parts=[BASE.get(v&0xf,'0x%x'%(v&0xf))]
    rest=v&~0xf
    for bit,n in FLAGS:
        if rest&bit: parts.append(n); rest&=~bit
    if rest: parts.append('0x%x'%rest)
    return '|'.join(parts)
P='android.permission.'
# Runtime permission groups (Android 10+ no longer declares them in the platform manifest).
GROUPS={'CALENDAR':['READ_CALENDAR','WRITE_CALENDAR'],'CALL_LOG':['READ_CALL_LOG','WRITE_CALL_LOG','PROCESS_OUTGOING_CALLS'],
'CAMERA':['CAMERA'],'CONTACTS':['READ_CONTACTS','WRITE_CONTACTS','GET_ACCOUNTS'],'LOCATION':['ACCESS_FINE_LOCATION','ACCESS_COARSE_LOCATION','ACCESS_BACKGROUND_LOCATION'],
'MICROPHONE':['RECORD_AUDIO'],'PHONE':['READ_PHONE_STATE','READ_PHONE_NUMBERS','CALL_PHONE','ANSWER_PHONE_CALLS','ADD_VOICEMAIL','USE_SIP','ACCEPT_HANDOVER'],
'SENSORS':['BODY_SENSORS','BODY_SENSORS_BACKGROUND'],'ACTIVITY_RECOGNITION':['ACTIVITY_RECOGNITION'],'SMS':['SEND_SMS','RECEIVE_SMS','READ_SMS','RECEIVE_WAP_PUSH','RECEIVE_MMS','READ_CELL_BROADCASTS'],
'STORAGE':['READ_EXTERNAL_STORAGE','WRITE_EXTERNAL_STORAGE','ACCESS_MEDIA_LOCATION'],
'READ_MEDIA_AURAL':['READ_MEDIA_AUDIO'],'READ_MEDIA_VISUAL':['READ_MEDIA_IMAGES','READ_MEDIA_VIDEO','READ_MEDIA_VISUAL_USER_SELECTED'],
'NEARBY_DEVICES':['BLUETOOTH_SCAN','BLUETOOTH_CONNECT','BLUETOOTH_ADVERTISE','NEARBY_WIFI_DEVICES','UWB_RANGING'],'NOTIFICATIONS':['POST_NOTIFICATIONS']}
group_of={P+p:'android.permission-group.'+g for g,ps in GROUPS.items() for p in ps}
KINDS={'READ_CONTACTS':['contacts'],'WRITE_CONTACTS':['contacts'],'GET_ACCOUNTS':['accounts'],'READ_CALENDAR':['calendar'],'WRITE_CALENDAR':['calendar'],
'READ_CALL_LOG':['call-log'],'WRITE_CALL_LOG':['call-log'],'PROCESS_OUTGOING_CALLS':['call-log','phone-number'],'CAMERA':['camera'],
'ACCESS_FINE_LOCATION':['precise-location'],'ACCESS_COARSE_LOCATION':['approximate-location'],'ACCESS_BACKGROUND_LOCATION':['precise-location','approximate-location'],'ACCESS_MEDIA_LOCATION':['precise-location'],
'RECORD_AUDIO':['microphone'],'READ_PHONE_STATE':['device-identifier','phone-number'],'READ_PHONE_NUMBERS':['phone-number'],'READ_PRIVILEGED_PHONE_STATE':['device-identifier'],
'CALL_PHONE':['phone-number'],'ANSWER_PHONE_CALLS':['call-log'],
'BODY_SENSORS':['health'],'BODY_SENSORS_BACKGROUND':['health'],'ACTIVITY_RECOGNITION':['physical-activity'],
'SEND_SMS':['sms'],'RECEIVE_SMS':['sms'],'READ_SMS':['sms'],'RECEIVE_WAP_PUSH':['sms'],'RECEIVE_MMS':['sms'],
'READ_EXTERNAL_STORAGE':['files-and-media'],'WRITE_EXTERNAL_STORAGE':['files-and-media'],'MANAGE_EXTERNAL_STORAGE':['files-and-media'],
'READ_MEDIA_AUDIO':['files-and-media'],'READ_MEDIA_IMAGES':['files-and-media'],'READ_MEDIA_VIDEO':['files-and-media'],'READ_MEDIA_VISUAL_USER_SELECTED':['files-and-media'],
'BLUETOOTH_SCAN':['nearby-devices','approximate-location'],'BLUETOOTH_CONNECT':['nearby-devices'],'NEARBY_WIFI_DEVICES':['nearby-devices'],'UWB_RANGING':['nearby-devices'],
'ACCESS_WIFI_STATE':['network-identifiers'],'BLUETOOTH':['nearby-devices'],'ACCESS_NETWORK_STATE':['network-state'],
'QUERY_ALL_PACKAGES':['installed-apps'],'GET_TASKS':['installed-apps'],'PACKAGE_USAGE_STATS':['app-usage'],'READ_CLIPBOARD':['clipboard'],
'SYSTEM_ALERT_WINDOW':[],'REQUEST_INSTALL_PACKAGES':[],'USE_BIOMETRIC':['biometrics'],'USE_FINGERPRINT':['biometrics'],'READ_VOICEMAIL':['call-log'],'ADD_VOICEMAIL':['call-log']}
ADDED={'POST_NOTIFICATIONS':('dangerous',33),'READ_MEDIA_IMAGES':('dangerous',33),'READ_MEDIA_VIDEO':('dangerous',33),'READ_MEDIA_AUDIO':('dangerous',33),
'READ_MEDIA_VISUAL_USER_SELECTED':('dangerous',34),'BLUETOOTH_SCAN':('dangerous',31),'BLUETOOTH_CONNECT':('dangerous',31),'BLUETOOTH_ADVERTISE':('dangerous',31),
'NEARBY_WIFI_DEVICES':('dangerous',33),'UWB_RANGING':('dangerous',31),'BODY_SENSORS_BACKGROUND':('dangerous',33),'QUERY_ALL_PACKAGES':('normal',30),
'MANAGE_EXTERNAL_STORAGE':('signature|appop|preinstalled',30),'SCHEDULE_EXACT_ALARM':('signature|privileged|appop',31),'USE_EXACT_ALARM':('normal',33),'FOREGROUND_SERVICE_LOCATION':('normal',34)}
out=[]
seen=set()
for p in perms:
    n=p.get('name')
    if not n or n in seen: continue
    seen.add(n)
    short=n[len(P):] if n.startswith(P) else None
    e={'name':n,'protectionLevel':level(p.get('level',0)),'group':group_of.get(n, None if p.get('group') in (None,'android.permission-group.UNDEFINED') else p['group']),
       'kinds':KINDS.get(short,[]),'source':'framework-res'}
    out.append(e)
for s,(lvl,api) in ADDED.items():
    n=P+s
    if n in seen: continue
    out.append({'name':n,'protectionLevel':lvl,'group':group_of.get(n),'kinds':KINDS.get(s,[]),'addedInApi':api,'source':'android-reference'})
out.sort(key=lambda e:e['name'])
doc={'sources':{
 'framework-res':'protectionLevel and permissionGroup attributes of the platform AndroidManifest.xml in Debian android-framework-res 1:10.0.0+r36-10 (AOSP android-10.0.0_r36, API 29), read with aapt dump xmltree',
 'android-reference':'permissions added after API 29: protection level and API level from the Android API reference, Manifest.permission (developer.android.com/reference/android/Manifest.permission), API 34',
 'group':'runtime permission groups from the Android developer guide \"Permissions on Android\" (permission groups table, API 33+); API 29+ platform manifests declare these permissions with the UNDEFINED group',
 'kinds':'appwatch mapping from permissions to the kinds of personal information they expose, following the categories of GB/T 35273-2020 Annex A and the Method items (reviewed by hand)'},
 'permissions':out}
json.dump(doc,open('/work/wt-apk-analysis/scoring/src/main/resources/org/appwatch/scoring/apk/permissions.json','w'),indent=1,ensure_ascii=False)
print(len(out), sum(1 for e in out if e['protectionLevel'].startswith('dangerous')))
