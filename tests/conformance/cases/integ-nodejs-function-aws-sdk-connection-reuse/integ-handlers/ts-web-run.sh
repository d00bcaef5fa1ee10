#!/bin/bash
exec node index.js
