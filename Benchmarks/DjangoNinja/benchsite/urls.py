from django.contrib.auth import authenticate, login
from django.urls import path
from ninja import Form, NinjaAPI
from ninja.security import django_auth

api = NinjaAPI(title="Authentication guide (Django Ninja)")


@api.get("/pets", auth=django_auth)
def pets(request):
    return f"Authenticated user {request.auth}"


@api.post("/login")
def log_in(request, username: Form[str], password: Form[str]):
    user = authenticate(request, username=username, password=password)
    if user is None:
        return api.create_response(request, {"detail": "Invalid credentials"}, status=401)
    login(request, user)
    return {"username": user.username}


urlpatterns = [path("api/", api.urls)]
