import { LoadingList } from "@/components/loading-list";

export default function Loading() {
  return <LoadingList label="Loading the timeline…" />;
}
