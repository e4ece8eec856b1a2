x = 1
break
# expect error: `break` outside a loop
