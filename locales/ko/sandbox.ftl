# 샌드박스 페이지(/sandbox) 문구: 브라우저에서 체험하는 상담 데스크, Telegram 역할은 서버가 맡습니다.
# 봇 문구가 아닙니다: src/i18n/index.ts가 이 파일을 봇 문구에서 제외합니다.

sb-title = 고객센터 샌드박스
sb-intro = 실제 봇, 상담원 데스크, 미니 앱이 그대로 돌아가고 Telegram 역할만 이 서버가 맡습니다. 고객으로 문의하고 상담원으로 답해 보세요.
sb-page-language = 페이지 언어
sb-customer = 고객
sb-agent = 상담원
sb-supervisor = 관리자
sb-customer-language = 고객 언어
sb-new-customer = 새 고객
sb-bot-subtitle = 봇
sb-start = 시작
sb-message-placeholder = 메시지
sb-send = 보내기
sb-attach = 사진 첨부
sb-reply = 답장
sb-cancel-reply = 답장 취소
sb-replying-to = { $name }님에게 답장
sb-edited = 수정됨
sb-photo = 사진
sb-file = 파일
sb-open-app = 앱
sb-open-app-title = 미니 앱 열기
sb-close = 닫기
sb-back = 뒤로
sb-commands = 명령어
sb-later = +30분
sb-later-title = 데스크 시계를 30분 앞당깁니다 (SLA 타이머가 실제처럼 작동합니다)
sb-clock-now = 데스크 시계: 현재
sb-clock-ahead = 데스크 시계: +{ $minutes }분
sb-connection-lost = 샌드박스 연결이 끊겼습니다. 다시 연결하는 중…
sb-tour = 둘러보기
sb-tour-pick = 시나리오를 고르세요
sb-tour-stop = 중지
sb-tour-done = 시나리오가 끝났습니다. 다른 시나리오를 고르거나 직접 계속해 보세요.
sb-tour-waiting = 봇을 기다리는 중…
sb-tour-you-agent = 내가 상담원
sb-tour-you-customer = 내가 고객

tour-payment = 결제 문제
tour-payment-about = 고객에게 요금이 두 번 청구되었습니다. 티켓이 보안/결제 대기열로 가는 과정을 보고, 상담원으로서 답해 보세요.
tour-payment-say-1 = 주문 결제가 두 번 됐어요, 도와주세요
tour-payment-step-consent = 고객이 대화 저장에 동의하고, 봇이 티켓을 접수합니다.
tour-payment-step-answer = 이제 차례입니다: 상담원 휴대폰에서 “배정됨” 카드의 ↩를 누르고 답을 쓰세요.
tour-payment-say-2 = 감사합니다! 돈은 언제 돌아오나요?
tour-payment-step-resolve = 한 번 더 답한 뒤 티켓을 종료하세요: /resolve { $number } 한 조치 | 이후 진행
tour-payment-step-rate = 고객이 상담을 평가합니다.

tour-kb = 지식 베이스가 답하는 질문
tour-kb-about = 고객이 도움말 문서에 있는 내용을 묻습니다. 봇이 바로 답하므로 상담원이 필요 없습니다.
tour-kb-say-1 = 비밀번호를 잊어버렸어요. 어떻게 재설정하나요?
tour-kb-step-answer = 봇이 문서를 찾았습니다. 고객은 미니 앱에서 문서를 열거나 도움이 됐는지 알려 줄 수 있습니다.

tour-vip = VIP 고객
tour-vip-about = 관리자가 고객을 VIP로 지정하면 문의가 VIP 대기열로 가고, 첫 답변 기한은 5분입니다.
tour-vip-step-mark = 상담원 휴대폰에서 관리자가 /vip 명령으로 이 고객을 VIP로 지정합니다.
tour-vip-say-1 = 주문한 물건이 아직 안 왔는데 내일 출국해요. 상담원 연결 부탁드려요.
tour-vip-step-answer = 티켓이 VIP 대기열에 있습니다. 상담원 휴대폰에서 ↩ 답장으로 답하세요.

tour-sla = SLA 위반, 빨리 감기
tour-sla-about = 아무도 제때 답하지 않습니다. 데스크 시계가 앞으로 건너뛰고 SLA 알림이 울립니다.
tour-sla-say-1 = 상담원 연결해 주세요: 구독이 실수로 해지됐어요
tour-sla-step-wait = 티켓이 접수됐습니다. 아무도 답하지 않습니다…
tour-sla-step-jump = 데스크 시계가 30분 앞으로 갑니다: 상담원과 관리자 휴대폰을 지켜보세요.

tour-customer = 내가 고객
tour-customer-about = 이번에는 둘러보기가 상담원 역할을 합니다: 고객으로 봇에게 글을 쓰고 상담원 연결을 요청하세요.
tour-customer-step-write = 이제 차례입니다: 고객 휴대폰에서 봇에게 쓰고 상담원을 요청하세요 (약관 동의를 물으면 동의하세요).
tour-customer-agent-1 = 안녕하세요, 고객센터 샘입니다. 바로 확인하고 있어요. 주문 번호를 알려 주시겠어요?
tour-customer-step-reply = 상담원이 답했습니다. 고객 휴대폰에서 답장하세요.
tour-customer-agent-2 = 감사합니다. 저희 쪽에서 모두 해결했습니다.
tour-customer-step-rate = 상담원이 티켓을 종료했습니다: 별점으로 답변을 평가하세요.
