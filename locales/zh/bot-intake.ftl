# 受理请求（src/domain/intake）

intake-topic-and-question = 主题：{ $topic }。

    { $question }
intake-describe = 请用一两句话说说遇到了什么问题。如果有截图，也欢迎发过来。
intake-describe-words = 要转给客服处理，至少需要几句话的描述。具体发生了什么？
intake-file-or-words = 请发送图片或文件，或者点击“跳过”继续。
intake-noted = 好的，已记下。
intake-topic-unclear = 好的，已记下。这更接近下面哪个主题？也可以再多说几句。
intake-topic-still-unclear = 我还不确定该转给哪个团队：请在下面选一个主题，或再补充几句。如果不好描述，继续写就行，我会为你转接人工客服。
intake-where-we-are = 这个按钮来自之前的步骤。我们现在进行到这里：
intake-ended-start-again = 那个请求已经停止或结束了。我们重新开始吧：
intake-still-waiting = 你的请求还没有提交，我在等你回答这个问题：
consent-changed-mind = ✅ 我改主意了：同意
kb-suggestions = 这些文章也许能马上解决你的问题：

    { $list }

    问题解决了吗？
kb-article-gone = 这篇文章已不可用。写下你的问题，我来帮你找合适的内容。
ticket-filed-unfinished = 我们的对话没有完成，所以我已根据你写的内容创建了工单。你写的内容都在，随时可以补充细节。
intake-already-filed = 你的请求已创建为工单 #{ $number }。如需补充，直接在这里留言，客服会看到。
