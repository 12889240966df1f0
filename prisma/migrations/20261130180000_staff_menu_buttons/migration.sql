-- Private chats given the staff Mini App menu button (chat id, the page it opens), kept in the
-- database rather than one instance's memory, so whichever instance sees the person next gives
-- the usual button back once they are no longer staff.
CREATE TABLE "staff_menu_buttons" (
    "chat_id" BIGINT NOT NULL,
    "url" TEXT NOT NULL,
    "set_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_menu_buttons_pkey" PRIMARY KEY ("chat_id")
);
