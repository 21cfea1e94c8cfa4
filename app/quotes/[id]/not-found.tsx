import { NotFoundMessage } from "@/components/not-found-message";

export default function QuoteNotFound() {
  return (
    <NotFoundMessage
      what="No statement has this permalink"
      suggestion={{ href: "/claims", label: "Find the statement by searching its words" }}
    />
  );
}
