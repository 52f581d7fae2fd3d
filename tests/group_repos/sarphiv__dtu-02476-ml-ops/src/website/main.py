from fastapi import FastAPI
from fastapi.responses import HTMLResponse
app = FastAPI()
    return HTMLResponse(
        <form id="file-form">
            <input id="file-elem" type="file" accept="image/*" onchange="handleFiles(this.files)">
