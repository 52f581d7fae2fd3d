# Docker Multi-Platform Diagnostic Script
# Based on: https://docs.docker.com/build/building/multi-platform/
echo "DOCKER MULTI-PLATFORM DIAGNOSTIC"
# 2. Docker Buildx Builders
echo "2. DOCKER BUILDX BUILDERS"
echo "Available builders:"
docker buildx ls
# 3. Check if containerd image store is enabled (Docker Desktop)
if command -v docker &> /dev/null; then
    DOCKER_INFO=$(docker info 2>/dev/null | grep -i "storage driver" || echo "Unknown")
    echo "Storage driver: $DOCKER_INFO"
    echo "      Check Docker Desktop settings > Features in development > Use containerd"
        echo "  To install: docker run --privileged --rm tonistiigi/binfmt --install all"
    echo "  Docker Desktop on Mac includes QEMU automatically"
if docker image inspect "$IMAGE_NAME" &>/dev/null; then
    docker image inspect "$IMAGE_NAME" --format '{{.Architecture}}/{{.Os}}' 2>/dev/null || echo "  ⚠ Could not determine platform"
    docker image inspect "$IMAGE_NAME" --format '{{json .Architecture}}' 2>/dev/null | jq -r '.' 2>/dev/null || docker image inspect "$IMAGE_NAME" | grep -i "architecture\|os" | head -5
if docker buildx imagetools inspect "$IMAGE_NAME" &>/dev/null 2>&1; then
    docker buildx imagetools inspect "$IMAGE_NAME" --format '{{json .}}' 2>/dev/null | jq -r '.manifests[] | "  Platform: \(.platform.os)/\(.platform.architecture)"' 2>/dev/null || echo "  Single-platform image or not in registry"
    echo "  ⚠ Cannot inspect manifest (image may not be in registry or buildx not configured)"
# 7. Buildx Driver Check
echo "7. BUILDX DRIVER CHECK"
CURRENT_BUILDER=$(docker buildx ls | grep '*' | awk '{print $1}' || echo "default")
echo "Current builder: $CURRENT_BUILDER"
BUILDER_INFO=$(docker buildx inspect "$CURRENT_BUILDER" 2>/dev/null | grep -i "driver\|platform" | head -3 || echo "  Could not inspect builder")
echo "$BUILDER_INFO"
    echo "  - Build native ARM64 images: docker buildx build --platform linux/arm64 ..."
    echo "  - Use multi-platform builds only if you need to push to registry for GCP"
if docker image inspect "$IMAGE_NAME" &>/dev/null 2>&1; then
    IMG_ARCH=$(docker image inspect "$IMAGE_NAME" --format '{{.Architecture}}' 2>/dev/null || echo "unknown")
        echo "  SOLUTION: Rebuild for ARM64:"
        echo "    docker buildx build --platform linux/arm64 -f dockerfiles/train_tfidf.dockerfile -t train-tfidf:latest --load ."
