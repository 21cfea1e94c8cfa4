import { NotFoundMessage } from "@/components/not-found-message";

export default function SpeakerNotFound() {
  return (
    <NotFoundMessage
      what="No speaker has this address"
      suggestion={{ href: "/speakers", label: "Find the speaker by name" }}
    />
  );
}
