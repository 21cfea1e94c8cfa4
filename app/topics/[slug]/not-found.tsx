import { NotFoundMessage } from "@/components/not-found-message";

export default function TopicNotFound() {
  return <NotFoundMessage what="No topic has this address" suggestion={{ href: "/topics", label: "All topics" }} />;
}
