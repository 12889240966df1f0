# Telegram Mini App (webapp/) 문자열, 한국어.
# 여기에 없는 메시지는 영어 파일에서 가져옵니다.

app-title = 고객 지원
app-loading = 불러오는 중…
app-skip = 본문으로 건너뛰기

## 내비게이션

nav-label = 메뉴
nav-tickets = 내 문의
nav-new = 새 문의
nav-kb = 도움말
nav-settings = 설정

## 내 문의

# $name — 텔레그램의 사용자 이름.
home-greeting = 안녕하세요, { $name }님!
tickets-title = 내 문의
tickets-new = 새 문의
tickets-filters = 문의 보기
filter-open = 진행 중
filter-waiting = 내 답변 대기
filter-resolved = 해결됨
filter-all = 전체
tickets-empty-open = 진행 중인 문의가 없습니다.
tickets-empty-waiting = 답변을 기다리는 문의가 없습니다.
tickets-empty-resolved = 아직 해결된 문의가 없습니다.
tickets-empty-all = 아직 문의가 없습니다.
tickets-empty-hint = 문제가 있나요? 알려 주시면 도와드릴게요.
# $number — 문의 번호, 예: 10001.
ticket-number = #{ $number }
# $count — 읽지 않은 상담원 메시지 수.
ticket-unread = 새 답변 { $count }개
# $date — 고객 시간대의 날짜와 시간.
ticket-updated = { $date } 업데이트
ticket-created = { $date } 접수
ticket-deadline = { $date }까지 해결 예정
ticket-waiting-for-you = 고객님의 답변을 기다리고 있습니다

## 상태와 주제

status-new = 접수됨
status-in_progress = 처리 중
status-waiting_customer = 답변 대기
status-resolved = 해결됨
status-closed = 종료됨

topic-payment = 결제
topic-account = 계정
topic-feature = 사용 방법 / 기능
topic-complaint = 불만
topic-idea = 아이디어
topic-other = 기타

## 예상 답변 시간

# $minutes — 예상 답변까지 남은 분.
eta-minutes = 약 { $minutes }분 후 답변 예정
# $hours — 예상 답변까지 남은 시간.
eta-hours = 약 { $hours }시간 후 답변 예정
eta-any-minute = 곧 답변이 도착합니다

## 문의 페이지

ticket-title = 문의 #{ $number }
ticket-add-details = 내용 추가
ticket-summary = 처리 내용
ticket-conversation = 대화
ticket-no-messages = 아직 메시지가 없습니다.
ticket-back-to-list = 내 문의로 돌아가기
msg-you = 나
msg-support = 고객 지원
msg-bot = 지원 봇
msg-system = 알림
msg-edited = 수정됨

attachment-kind-photo = 사진
attachment-kind-document = 문서
attachment-kind-video = 동영상
attachment-kind-audio = 오디오
attachment-kind-voice = 음성 메시지
attachment-kind-animation = 애니메이션
attachment-kind-video_note = 동영상 메시지
attachment-kind-sticker = 스티커
# $kind — 파일 종류; $author — 보낸 사람.
attachment-alt = { $author }님이 보낸 { $kind }
# $name — 파일 이름; $author — 보낸 사람.
attachment-alt-named = { $author }님이 보낸 { $name }
attachment-open = { $name } 열기
attachment-unavailable = 지금은 이 파일을 불러올 수 없습니다.

reply-label = 메시지
reply-placeholder = 상담원에게 메시지 쓰기…
reply-reopens = 여기에 메시지를 보내면 문의가 다시 열립니다.
reply-send = 보내기
reply-sending = 보내는 중…

rate-title = 상담은 어떠셨나요?
rate-hint = 받은 도움을 별 1~5개로 평가해 주세요.
# $csat — 평점, 1~5.
rate-value = 별 5개 중 { $csat }개
rate-thanks = 감사합니다! 5점 중 { $csat }점을 주셨습니다.
rate-current = 내 평점: 5점 중 { $csat }점. 변경할 수 있습니다.

## 새 문의

new-title = 새 문의
new-subtitle = 문제를 설명해 주시면 여기와 채팅으로 답변드립니다.
new-topic = 주제
new-topic-choose = 주제를 선택하세요…
new-topic-hint = 가장 가까운 주제를 고르면 알맞은 담당자에게 더 빨리 전달됩니다.
new-topic-hint-payment = 날짜와 금액을 알려 주세요. 카드 번호 전체나 CVC는 절대 보내지 마세요.
new-topic-hint-account = 시도한 방법과 보이는 화면을 알려 주세요. 비밀번호나 로그인 코드는 절대 보내지 마세요.
new-topic-hint-feature = 무엇을 하려고 했고 어디에서 막혔는지 알려 주세요.
new-topic-hint-complaint = 무슨 일이 있었는지, 어떻게 바로잡으면 좋을지 알려 주세요.
new-topic-hint-idea = 아이디어와 그것이 어떤 도움이 될지 알려 주세요.
new-topic-hint-other = 저희가 알아야 할 내용을 자유롭게 적어 주세요.
new-description = 내용
new-description-placeholder = 무슨 일이 있었나요? 원래 어떻게 되어야 했나요?
new-description-hint = 진행 단계, 오류 메시지, 문제가 시작된 시점을 적어 주세요.
# $count — 입력한 글자 수; $max — 최대 글자 수.
new-counter = { $count } / { $max }
new-kb-title = 이 글들이 도움이 될 수 있어요
new-kb-solved = 해결되었나요? 글 읽기
new-submit = 문의 보내기
new-submitting = 보내는 중…
new-consent-title = 먼저 동의가 필요합니다
new-consent-text = 문의를 접수하려면 상담 대화를 저장해야 합니다.
new-consent-agree = 동의합니다
new-consent-later = 동의는 언제든지 설정의 개인정보 항목에서 철회할 수 있습니다.
new-consent-thanks = 감사합니다. 이제 문의를 보낼 수 있습니다.

## 입력 오류

form-error-topic = 주제를 선택하세요.
# $min — 최소 글자 수.
form-error-too-short = 문제를 { $min }자 이상으로 설명해 주세요.
# $max — 최대 글자 수.
form-error-too-long = { $max }자 이내로 작성해 주세요.
form-error-empty-text = 먼저 메시지를 입력하세요.
form-error-empty-description = 문제를 설명해 주세요.

## 도움말 센터

kb-title = 도움말 센터
kb-subtitle = 자주 묻는 질문에 대한 빠른 답변.
kb-search-label = 도움말 검색
kb-search-placeholder = 예: 카드 결제 거절
kb-search-button = 검색
# $count — 찾은 글 수.
kb-results =
    { $count ->
        [0] 검색 결과 없음
       *[other] 글 { $count }개를 찾았습니다
    }
kb-no-results = 검색 결과가 없습니다. 다른 단어로 검색하거나 직접 문의해 주세요.
kb-categories = 분류
kb-category-all = 전체
kb-category-account = 계정
kb-category-how-to = 사용 방법
kb-category-payments = 결제
kb-category-security = 보안
kb-category-subscriptions = 구독
kb-category-technical = 기술 문제
kb-category-refunds = 환불
kb-category-privacy = 개인정보
kb-popular = 인기 해결 방법
kb-still-need-help = 아직 도움이 필요하신가요?
kb-ask-support = 문의하기
article-back = 도움말 센터로 돌아가기
article-helpful = 도움이 되었나요?
article-helpful-yes = 네
article-helpful-no = 아니요
article-thanks-yes = 좋습니다! 알려 주셔서 감사합니다.
article-thanks-no = 도움이 되지 못해 죄송합니다. 상담팀이 해결해 드릴게요.

## 설정

settings-title = 설정
settings-language = 언어와 시간
settings-language-label = 언어
settings-timezone = 시간대
settings-timezone-suggested = 추천
settings-timezone-all = 모든 시간대
settings-timezone-hint = 시간과 방해 금지 시간은 이 시간대를 기준으로 합니다.
# $zone — 기기의 시간대, 예: Asia/Seoul.
settings-timezone-device = 기기 시간대는 { $zone }입니다.
settings-timezone-use-device = 이 시간대 사용
# $zone — the time zone just taken from the device, e.g. Europe/Berlin.
zone-taken = 이제 시간이 고객님의 시간대({ $zone })로 표시됩니다.
zone-change = 변경
zone-ok = 확인
settings-notifications = 알림
settings-notifications-label = 채팅으로 문의 소식 받기
settings-notifications-hint = 상담원 답변과 상태 변경 알림입니다.
settings-quiet = 방해 금지 시간
settings-quiet-hint = 이 시간에는 급하지 않은 메시지를 보내지 않습니다.
settings-quiet-default = 설정 안 함: 고객센터 기본 방해 금지 시간이 적용됩니다.
settings-quiet-from = 시작
settings-quiet-to = 종료
settings-quiet-save = 방해 금지 시간 저장
settings-quiet-clear = 기본값 사용
settings-quiet-both = 두 시간을 모두 입력하거나 모두 비워 두세요.
settings-quiet-same = 시작 시간과 종료 시간이 달라야 합니다.
settings-display = 화면
settings-large-text = 큰 글자
settings-large-text-hint = 이 기기에서 모든 글자를 크게 표시합니다.
settings-high-contrast = 고대비
settings-high-contrast-hint = 색과 윤곽선을 더 선명하게 표시합니다.
settings-privacy = 개인정보
# $date — 동의한 날짜.
settings-consent-given = { $date }에 대화 저장에 동의하셨습니다.
settings-consent-missing = 아직 대화 저장에 동의하지 않으셨습니다. 동의 없이는 문의를 접수할 수 없습니다.
settings-consent-label = 상담 대화 저장
settings-consent-hint = 문의 접수에 필요합니다. 끄면 새 문의를 만들 수 없습니다.
settings-export = 내 데이터 내보내기
settings-export-hint = 저희가 보관하는 모든 정보를 JSON 파일로 내려받습니다.
settings-exporting = 파일을 준비하는 중…
settings-exported = 데이터를 내려받았습니다.
settings-delete = 내 데이터 삭제
settings-delete-confirm-title = 모든 데이터를 삭제할까요?
settings-delete-confirm-text = 문의, 메시지, 평점, 설정이 모두 지워집니다. 되돌릴 수 없습니다.
settings-delete-confirm = 네, 모두 삭제합니다
settings-delete-cancel = 취소
settings-deleting = 삭제하는 중…
settings-saving = 저장하는 중…
settings-saved = 저장되었습니다.

## 작별 (삭제 후)

goodbye-title = 데이터가 삭제되었습니다
goodbye-text = 문의, 메시지, 설정을 모두 지웠습니다.
goodbye-return = 봇에 다시 메시지를 보내시면 처음부터 새로 시작합니다.
goodbye-close = 닫기

## 오류

error-open-from-bot-title = 봇에서 이 페이지를 열어 주세요
error-open-from-bot = 이 페이지는 텔레그램 안에서만 작동합니다. 고객 지원 봇의 버튼으로 열어 주세요.
error-dev-hint = 개발자용: 서버가 DEV_LOGIN=true로 실행 중이면(프로덕션 제외) 다음 주소에서 테스트 사용자로 로그인할 수 있습니다:
# $bot — the bot's @username.
outside-open-bot = 텔레그램에서 { $bot } 열기
outside-qr-label = 텔레그램에서 { $bot }을(를) 여는 QR 코드
outside-qr-hint = 컴퓨터로 보고 계신가요? 휴대폰 카메라로 이 코드를 스캔하세요.
error-unauthorized-title = 텔레그램 세션을 확인할 수 없습니다
error-unauthorized = 이 페이지를 닫고 봇에서 다시 열어 주세요.
error-generic-title = 문제가 발생했습니다
error-generic = 프로필을 불러오지 못했습니다. 연결 상태를 확인하고 다시 시도해 주세요.
# $reason — 서버가 보낸 기술적 설명(번역하지 않음).
error-reason = 상세 정보: { $reason }
error-retry = 다시 시도
error-network = 서버에 연결할 수 없습니다. 인터넷 연결을 확인하고 다시 시도해 주세요.
error-not-found-title = 찾을 수 없음
error-not-found = 찾을 수 없습니다. 삭제되었을 수 있습니다.
error-page-not-found = 존재하지 않는 페이지입니다.
error-too-many = 시도 횟수가 너무 많습니다. 잠시 후 다시 시도해 주세요.
error-failed = 처리하지 못했습니다: { $reason }

# Attachments (Mini App uploads)
new-file = 스크린샷 또는 파일(선택)
attach-choose = 스크린샷 또는 파일 선택
attach-file = 파일 첨부
attach-replace = 다른 파일 선택
attach-hint = 이미지(JPEG, PNG, WebP, GIF) 또는 문서(PDF, TXT, CSV, ZIP, DOCX, XLSX), 최대 { $max }MB.
attach-preview-alt = { $name } 미리보기
attach-remove = 삭제
attach-too-large = “{ $name }” 파일이 { $max }MB보다 커요. 더 작은 파일을 선택해 주세요.
attach-wrong-type = “{ $name }” 파일은 첨부할 수 없어요. 이미지(JPEG, PNG, WebP, GIF)나 PDF, TXT, CSV, ZIP, DOCX, XLSX 파일을 선택해 주세요.
attach-empty = “{ $name }” 파일이 비어 있어요.
attach-uploading = 파일 업로드 중…
attach-send = 파일 보내기
attach-caption-too-long = 파일과 함께 보내는 메시지는 { $max }자 이내로 작성해 주세요.
attach-failed-title = 파일이 추가되지 않았어요
attach-failed-text = 문의는 접수되었지만 “{ $name }” 파일이 업로드되지 않았어요. 아래 “파일 첨부”로 다시 시도해 주세요.
attach-failed-dismiss = 확인

## 관리자 데스크 (상담팀 전용 페이지: /staff/board, /staff/numbers, /staff/agents)

staff-nav = 관리자 데스크
staff-nav-board = 실시간 현황
staff-nav-numbers = 지표
staff-nav-agents = 상담원
staff-forbidden-title = 상담팀 전용
staff-forbidden = 이 페이지는 상담팀 전용입니다. 현재 역할로는 볼 수 없어요.
staff-board-title = 실시간 현황
staff-live = ● 실시간
staff-reconnecting = 다시 연결하는 중…
staff-queues = 대기열
staff-queue = 대기열
staff-waiting = 대기 중
staff-oldest-wait = 최장 대기
staff-at-risk = 지연 위험
staff-breached = SLA 위반
staff-on-duty = 근무 중
staff-nobody-on-duty = 지금 근무 중인 상담원이 없습니다.
staff-load-of = { $name } 님의 업무량
staff-load = { $limit }건 중 { $load }건
staff-needs-eye = 확인이 필요한 문의
staff-all-calm = 진행 중인 문의가 없습니다.
staff-state-breached = SLA 위반
staff-state-at-risk = 지연 위험
staff-state-waiting = 답변 대기
staff-state-ok = 정상
staff-ticket-line = { $queue } · { $assignee } · { $wait } 대기
staff-unassigned = 미배정
staff-assign = 담당자 지정…
staff-assign-to = 문의 #{ $number } 담당자 지정
staff-assigned = 문의 #{ $number }을(를) { $name } 님에게 배정했습니다.
staff-move = 대기열 이동…
staff-move-to = 문의 #{ $number }을(를) 옮길 대기열
staff-moved = 문의 #{ $number }을(를) { $queue }(으)로 옮겼습니다.
staff-action-failed = 처리하지 못했습니다: { $reason }
staff-csv = CSV
staff-numbers-title = 지표
staff-agents-title = 상담원
staff-agent = 상담원
staff-period = 기간
staff-period-today = 오늘
staff-period-7d = 7일
staff-period-30d = 30일
staff-period-custom = 직접 선택
staff-from = 시작
staff-to = 종료
staff-split = 구분 기준
staff-split-none = 전체
staff-split-queue = 대기열
staff-split-topic = 주제
staff-split-language = 언어
staff-split-agent = 상담원
staff-split-channel = 채널
staff-headline = 핵심 지표
staff-chart-of = 차트
staff-figure-volume = 문의 수
staff-figure-frtP50 = 첫 응답 시간(중앙값)
staff-figure-frtP90 = 첫 응답 시간(P90)
staff-figure-resolutionP50 = 해결 시간(중앙값)
staff-figure-resolutionP90 = 해결 시간(P90)
staff-figure-slaMet = SLA 준수율
staff-figure-csat = CSAT
staff-figure-nps = NPS
staff-figure-fcr = 첫 응대 해결률
staff-figure-repeatRate = 재문의율(7일)
staff-figure-reopenRate = 재오픈율
staff-figure-handoffRate = 봇→상담원 연결률
staff-figure-selfService = 셀프서비스 해결
staff-response-rates = CSAT 응답률: { $csat } · NPS 응답률: { $nps }
staff-change-none = 비교 불가
staff-change-better = 이전 기간보다 { $change } 좋아짐
staff-change-worse = 이전 기간보다 { $change } 나빠짐
staff-handoff-reasons = 봇이 상담원에게 넘긴 이유
staff-heatmap = 요일·시간대별 문의 유입
staff-heatmap-peak = 가장 많은 시간: { $day } { $hour }시, { $count }건
staff-community = 고객 지원 그룹
staff-figure-spamShare = 그룹 메시지 중 스팸 비율
staff-figure-groupMessages = 검사한 그룹 메시지
staff-figure-captchaPassRate = 캡차 통과율
staff-figure-groupQuestions = 문의로 전환된 그룹 질문
staff-community-detail = 스팸 { $spam }건 · 신규 회원 규칙으로 보류 { $blocked }건 · 회원 신고 { $reports }건. 스팸 목표치는 0.5% 미만입니다.
staff-weekday-1 = 월
staff-weekday-2 = 화
staff-weekday-3 = 수
staff-weekday-4 = 목
staff-weekday-5 = 금
staff-weekday-6 = 토
staff-weekday-7 = 일
staff-seconds = { $n }초
staff-minutes = { $n }분
staff-hours = { $n }시간
staff-days = { $n }일

## 품질 평가와 실험 (webapp/src/staff/QualityPage.tsx, ExperimentsPage.tsx)
staff-nav-quality = 품질
staff-nav-experiments = 실험
staff-qa-title = 상담 품질
staff-qa-pending = 평가 대기
staff-qa-none = 지금은 평가할 상담이 없습니다.
staff-qa-clean = 자동 점검에서 문제가 발견되지 않았습니다.
staff-qa-finding-frt-over-sla = 첫 답변까지 { $minutes }분 (목표 { $target }분)
staff-qa-finding-resolution-over-sla = 해결까지 { $minutes }분 (목표 { $target }분)
staff-qa-finding-forbidden-words = 금지어 또는 무례한 표현: { $words }
staff-qa-finding-personal-data-asked = 개인정보 요청: { $words }
staff-qa-finding-no-summary = 처리 요약 없음
staff-qa-finding-no-next-steps = 고객에게 다음 단계를 안내하지 않음
staff-qa-finding-no-greeting = 첫 답변에 인사가 없음
staff-qa-finding-person-not-given = 고객이 상담원 연결을 요청했지만 아무도 답하지 않음
staff-qa-line-greeting = 인사
staff-qa-line-understood = 문제 파악
staff-qa-line-correct = 정확한 답변
staff-qa-line-tone = 말투
staff-qa-line-next_steps = 다음 단계 안내
staff-qa-line-summary = 처리 요약
staff-qa-mark-2 = 예
staff-qa-mark-1 = 일부
staff-qa-mark-0 = 아니요
staff-qa-comment = 상담원에게 남길 메모 (선택)
staff-qa-save = 평가 저장
staff-qa-trend = 상담원별 주간 품질
staff-qa-cell = { $average } ({ $reviews })
staff-qa-mine = 내 점수
staff-qa-mine-none = 아직 평가받은 상담이 없습니다.
staff-qa-mine-average = 최근 30일: { $average }/100
staff-exp-title = 실험
staff-exp-about = 봇의 새 문구를 일부 고객에게 먼저 보여 주고 지원 지표로 판단합니다. 보안·결제 경고는 실험 대상이 아닙니다.
staff-exp-status-draft = 초안
staff-exp-status-running = 진행 중
staff-exp-status-stopped = 중지됨
staff-exp-status-shipped = 적용됨
staff-exp-metric-self-service = 셀프 해결 비율
staff-exp-metric-csat = 만족 고객 비율 (CSAT 4–5)
staff-exp-metric-frt = 첫 응답 시간(분)
staff-exp-metric-intake-drop-off = 접수 중 이탈
staff-exp-metric-repeat-contacts = 7일 내 재문의
staff-exp-verdict-better = 95% 신뢰도로 { $variant }이(가) { $control }보다 낫습니다.
staff-exp-verdict-worse = 95% 신뢰도로 { $variant }이(가) { $control }보다 못합니다.
staff-exp-verdict-no-difference = { $variant }와(과) { $control } 사이에 의미 있는 차이가 없습니다.
staff-exp-verdict-more = 아직 데이터가 부족합니다. 고객이 약 { $count }명 더 필요합니다.
staff-exp-variant = 변형
staff-exp-customers = 고객 수
staff-exp-value = 결과
staff-exp-range = 95% 구간
staff-exp-start = 시작
staff-exp-stop = 중지
staff-exp-ship = { $variant } 적용
staff-exp-new = 새 실험
staff-exp-code = 짧은 이름 (영문 소문자, 숫자, -)
staff-exp-target = 실험할 문구 또는 흐름 선택
staff-exp-metric = 판단 기준
staff-exp-share = 테스트에 넣을 고객 비율(%)
staff-exp-language = 새 문구의 언어
staff-exp-variant-b = 변형 B
staff-exp-create = 초안으로 만들기
