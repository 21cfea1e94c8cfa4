import { NotFoundMessage } from "@/components/not-found-message";

export default function ArticleNotFound() {
  return <NotFoundMessage what="No article has this id" suggestion={{ href: "/articles", label: "All articles" }} />;
}
