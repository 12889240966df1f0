# 봇의 관리자 데스크: /board, 일일 요약의 핵심 지표, 주간 보고서.

manager-not-allowed = 현황판과 지표는 팀장, 분석 담당자, 관리자만 볼 수 있습니다.
manager-open = 관리자 데스크: 실시간 대기열, 지표, 상담원 현황.
manager-open-board = 📋 현황판 열기
manager-open-numbers = 📈 지표 열기
manager-board-title = <b>📋 실시간 현황</b>
manager-board-queue = <b>{ $queue }</b>: 대기 { $waiting }건 (최장 { $oldest }분) · 지연 위험 { $risk }건 · SLA 위반 { $breached }건
manager-board-agents = 근무 중: { $count }명
manager-board-agent = • { $name }: { $limit }건 중 { $load }건
digest-numbers = 📊 최근 24시간 핵심 지표 (이전 24시간 대비)
    문의: { $volume }건 ({ $volumeChange })
    첫 응답 중앙값: { $frt }분 ({ $frtChange }) · P90: { $frt90 }분
    SLA 준수율: { $sla } ({ $slaChange }) · CSAT: { $csat } ({ $csatChange })
    첫 응대 해결률: { $fcr } ({ $fcrChange })
    재문의율: { $repeat } · 봇→상담원 연결률: { $handoff }
weekly-reasons = 📈 주간 보고서, { $from } – { $to }: 고객 문의 사유 (총 { $total }건, 지난주 대비)
    1. { $topic1 ->
        [payment] 결제
        [account] 계정
        [feature] 사용 방법 / 기능
        [complaint] 불만
        [idea] 제안
        [none] —
       *[other] 기타
    }: { $count1 }건 ({ $change1 })
    2. { $topic2 ->
        [payment] 결제
        [account] 계정
        [feature] 사용 방법 / 기능
        [complaint] 불만
        [idea] 제안
        [none] —
       *[other] 기타
    }: { $count2 }건 ({ $change2 })
    3. { $topic3 ->
        [payment] 결제
        [account] 계정
        [feature] 사용 방법 / 기능
        [complaint] 불만
        [idea] 제안
        [none] —
       *[other] 기타
    }: { $count3 }건 ({ $change3 })
    봇이 상담원에게 넘긴 주된 이유: { $handoff ->
        [security] 보안 관련 표현
        [payment] 결제 관련 표현
        [operator] 상담원 연결 요청
        [unmatched] 봇이 질문을 이해하지 못함
       *[none] —
    } ({ $handoffCount }건)
digest-with-chart =
    { digest }
    📈 차트: 최근 2주간 하루별 신규 문의 수
digest-community = 👥 커뮤니티 (최근 24시간)
    검사한 그룹 메시지: { $messages }건 · 스팸: { $spam }건 ({ $spamShare }, { $spamChange }) · 신규 회원 규칙으로 보류: { $blocked }건
    캡차: { $captchaStarted }명 시작, 통과율 { $captchaPass }
    그룹 질문: { $questions }건 · 문의로 전환: { $turned }건 · 회원 신고: { $reports }건
manager-menu-button = 상담팀 데스크
