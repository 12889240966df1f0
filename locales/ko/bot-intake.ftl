# 문의 접수 (src/domain/intake).

intake-topic-and-question = 주제: { $topic }

    { $question }
intake-describe = 어떤 문제가 있었는지 한두 문장으로 알려 주세요. 스크린샷도 있으면 좋아요.
intake-describe-words = 담당자에게 전달하려면 몇 마디라도 설명이 필요해요. 어떤 일이 있었나요?
intake-file-or-words = 사진이나 파일을 보내 주시거나, 없으면 건너뛰기를 눌러 주세요.
intake-noted = 네, 메모해 두었어요.
intake-topic-unclear = 네, 메모해 두었어요. 아래 주제 중 어디에 가까운가요? 조금 더 자세히 알려 주셔도 좋아요.
intake-topic-still-unclear = 아직 어느 팀에 전달해야 할지 모르겠어요. 아래에서 주제를 고르시거나 몇 마디 더 적어 주세요. 어려우시면 계속 적어 주세요. 상담원을 연결해 드릴게요.
intake-where-we-are = 이전 단계의 버튼이에요. 지금은 여기까지 진행했어요:
intake-ended-start-again = 그 문의는 이미 중단되었거나 끝났어요. 새로 시작해 볼게요:
intake-still-waiting = 아직 문의가 접수되지 않았어요. 이 질문에 대한 답을 기다리고 있어요:
consent-changed-mind = ✅ 마음이 바뀌었어요: 동의할게요
kb-suggestions = 이 도움말로 바로 해결될 수도 있어요:

    { $list }

    해결되셨나요?
kb-article-gone = 더 이상 볼 수 없는 도움말이에요. 궁금한 점을 적어 주시면 맞는 내용을 찾아 드릴게요.
ticket-filed-unfinished = 대화가 중간에 끝나서, 말씀해 주신 내용으로 문의를 접수해 두었어요. 작성하신 내용은 그대로 있고, 언제든 내용을 추가하실 수 있어요.
intake-already-filed = 요청하신 내용은 이미 문의 #{ $number }(으)로 접수되었어요. 덧붙일 내용이 있으면 여기에 적어 주세요. 담당자가 확인해요.
