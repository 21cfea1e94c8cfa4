import { NotFoundMessage } from "@/components/not-found-message";

export default function ClaimNotFound() {
  return <NotFoundMessage what="No claim has this id" suggestion={{ href: "/claims", label: "Search the claims" }} />;
}
